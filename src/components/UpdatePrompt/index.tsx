import {useState} from 'react';
import {applyUpdate, useOffline} from '@site/src/offline/client';
import styles from './styles.module.css';

/**
 * “有新版本”: shown on every page once a newer deployment of the site is saved and waits. The
 * page keeps showing the version it started with until the reader reloads (see
 * src/plugins/offline/worker.js), so nothing on it mixes two versions.
 */
export default function UpdatePrompt() {
  const {updateReady} = useOffline();
  const [later, setLater] = useState(false);
  if (!updateReady || later) return null;
  return (
    <div className={styles.prompt} role="status" aria-labelledby="update-prompt-title">
      <p className={styles.text}>
        <strong id="update-prompt-title">有新版本</strong>
        <span>课程已更新，重新载入即可阅读新版本。</span>
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary button--sm" onClick={() => void applyUpdate()}>
          重新载入
        </button>
        <button type="button" className="button button--link button--sm" onClick={() => setLater(true)}>
          稍后
        </button>
      </div>
    </div>
  );
}
