import {useRef, useState, type ChangeEvent} from 'react';
import {chapterIds, chapters} from '@site/src/lesson/catalogData';
import {countRead, merge, parseFile, toFile} from '@site/src/progress/record';
import {clearProgress, getProgress, updateProgress, useProgress} from '@site/src/progress/store';
import styles from './styles.module.css';

const ALL_IDS = chapters.flatMap(chapterIds);

function download(name: string, text: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const today = () => new Date().toLocaleDateString('sv-SE');

/**
 * “学习记录”: how much of the course this browser has marked read, and the record as a file:
 * export it, import one (merged with what is here), or clear it.
 */
export default function StudyRecord() {
  const progress = useProgress();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const empty = !progress || (Object.keys(progress.read).length === 0 && !progress.last);

  const onExport = () => {
    download(`llm-algo-data-progress-${today()}.json`, JSON.stringify(toFile(getProgress(), new Date()), null, 2));
    setMessage('已导出学习记录。');
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const checked = parseFile(await file.text());
    if (!checked.ok) {
      setMessage(`无法导入“${file.name}”：${checked.error}。`);
      return;
    }
    updateProgress((p) => merge(p, checked.progress));
    setMessage(`已导入 ${countRead(checked.progress, ALL_IDS)} 节的已读记录，并与这个浏览器里原有的记录合并。`);
  };

  const onClear = () => {
    clearProgress();
    setConfirming(false);
    setMessage('已清除这个浏览器里的学习记录。');
  };

  return (
    <div className={styles.panel}>
      <p>
        {progress && `已读 ${countRead(progress, ALL_IDS)}/${ALL_IDS.length} 节（讲座与代码实践）。`}
        读到一节的末尾，或在末尾按“标记为已读”，这一节就记为已读。学习记录只保存在这个浏览器里，不上传，也不需要账号；换浏览器之前，可以导出成文件，再在别处导入。
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--outline button--primary" onClick={onExport} disabled={empty}>
          导出学习记录
        </button>
        <button type="button" className="button button--outline button--primary" onClick={() => input.current?.click()}>
          导入学习记录
        </button>
        <input ref={input} type="file" accept="application/json,.json" hidden onChange={(e) => void onImport(e)} />
        {confirming ? (
          <span className={styles.confirm}>
            <span>清除后无法恢复。</span>
            <button type="button" className="button button--primary" onClick={onClear}>
              确定清除
            </button>
            <button type="button" className="button button--link" onClick={() => setConfirming(false)}>
              取消
            </button>
          </span>
        ) : (
          <button type="button" className="button button--outline button--primary" onClick={() => setConfirming(true)} disabled={empty}>
            清除学习记录
          </button>
        )}
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
    </div>
  );
}
