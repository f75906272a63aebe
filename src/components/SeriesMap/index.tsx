import {series} from '@site/src/data/series';
import styles from './styles.module.css';

/**
 * The AIInfra series as a path from systems to applications, this course highlighted. An
 * ordered list styled as a diagram, so it reads as a sequence to screen readers as well.
 */
export default function SeriesMap() {
  return (
    <figure className={styles.figure}>
      <ol className={styles.map}>
        {series.map((part) => (
          <li key={part.number} className={part.current ? styles.current : styles.part} aria-current={part.current ? 'true' : undefined}>
            <span className={styles.number}>{part.number}</span>
            <span>{part.title}</span>
            {part.current && <span className={styles.here}>本课程</span>}
          </li>
        ))}
      </ol>
      <figcaption className={styles.caption}>
        AIInfra 系列自下而上：从计算集群、通信存储和云原生，到分布式训练与推理，再到模型算法与数据，最后是大模型应用。
      </figcaption>
    </figure>
  );
}
