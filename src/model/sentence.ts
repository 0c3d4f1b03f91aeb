/** One sentence of a cleaned article; `index` is its position in the whole article. */
export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
}
