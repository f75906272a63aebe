import {useEffect, useState} from 'react';
import {canWorkOffline, refreshStatus, saveAll, useOffline, type OfflineState} from '@site/src/offline/client';
import styles from './styles.module.css';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const FAILURE: Record<NonNullable<OfflineState['failure']>, string> = {
  network: '保存没有完成：网络中断了。联网后再按一次，会从中断处接着保存。',
  outdated: '保存没有完成：网站刚刚更新了。等“有新版本”的提示出现，重新载入后再保存。',
  storage: '保存没有完成：浏览器给这个网站的存储空间不够。',
};

function Body({state, unsupported}: {state: OfflineState; unsupported: boolean}) {
  const {status, progress, failure} = state;
  if (unsupported) return <p>这个浏览器不能离线保存课程（例如隐私模式下）。</p>;
  if (progress) {
    const pct = progress.bytes ? Math.floor((100 * progress.doneBytes) / progress.bytes) : 0;
    return (
      <>
        <progress className={styles.bar} max={progress.bytes || 1} value={progress.doneBytes} aria-label="保存进度" />
        <p>
          正在保存：{pct}%（{mb(progress.doneBytes)} / {mb(progress.bytes)}，{progress.doneFiles}/{progress.files} 个文件）。可以继续阅读，保存在后台进行。
        </p>
      </>
    );
  }
  if (status?.savedAll) {
    return (
      <p className={styles.done} role="status">
        <strong>
          <span aria-hidden="true">✓ </span>已保存，可离线阅读
        </strong>
        <span>
          全部 {status.files} 个文件，在本机占用约 {mb(status.bytes)}。网站更新时，离线副本会随之更新。
        </span>
      </p>
    );
  }
  return (
    <>
      <button type="button" className="button button--primary" disabled={!status} onClick={() => void saveAll()}>
        保存全部课程供离线阅读
      </button>
      <p>
        {status
          ? `需要下载约 ${mb(status.download)}，在本机占用约 ${mb(status.bytes)}（${status.files} 个文件，含公式字体、图示代码和搜索索引）。` +
            (status.cachedFiles ? `你打开过的页面已经保存（${mb(status.cachedBytes)}）。` : '')
          : '正在查看这个浏览器里的离线副本……'}
      </p>
      {failure && (
        <p className={styles.failure} role="alert">
          {FAILURE[failure]}
        </p>
      )}
    </>
  );
}

/**
 * “保存全部课程供离线阅读”: shows the size before, the progress while saving, and
 * the line 已保存，可离线阅读 after. The service worker does the saving (src/plugins/offline).
 */
export default function OfflineSave() {
  const state = useOffline();
  const [unsupported, setUnsupported] = useState(false);
  useEffect(() => {
    if (canWorkOffline()) void refreshStatus();
    else setUnsupported(true);
  }, []);
  return (
    <div className={styles.panel}>
      <Body state={state} unsupported={unsupported || state.refused === true} />
      <p className={styles.note}>
        打开过的课程会自动留在本机，离线也能再读；保存全部课程后，没打开过的课程离线也能读，搜索也能用。在浏览器菜单里选“安装”或“添加到主屏幕”，可以像应用一样打开本课程。讲座视频需要联网播放。
      </p>
    </div>
  );
}
