/** The AIInfra lecture series this course belongs to; the home page draws it as a map. */
export interface SeriesPart {
  number: string;
  title: string;
  /** True for this course. */
  current?: boolean;
}

export const series: SeriesPart[] = [
  {number: '00', title: '大模型系统概述'},
  {number: '01', title: 'AI 计算集群'},
  {number: '02', title: '通信与存储'},
  {number: '03', title: '集群容器与云原生'},
  {number: '04', title: '分布式训练'},
  {number: '05', title: '分布式推理'},
  {number: '06', title: '大模型算法与数据', current: true},
  {number: '07', title: '大模型应用'},
];
