/** One canonical topic of the vocabulary. */
export interface TopicDef {
  /** Canonical key, stable across languages (`fraud-detection`). */
  id: string;
  /** Display name. */
  label: string;
  /** Other surface forms in any language (`FDS`, `이상거래탐지`). */
  aliases: string[];
  /** Ids of related but distinct topics. */
  related?: string[];
}
