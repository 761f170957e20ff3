/** One canonical topic of the vocabulary. */
export interface TopicDef {
  /** Canonical key, stable across languages (`fraud-detection`). */
  id: string;
  /** Display name (English). */
  label: string;
  /** Korean display name; every built-in topic has one, topic notes need not. */
  ko?: string;
  /** Other surface forms in any language (`FDS`, `이상거래탐지`). */
  aliases: string[];
  /** Ids of broader topics (Istio → Service mesh → Cloud native). */
  broader?: string[];
  /** Ids of related but distinct topics. */
  related?: string[];
}
