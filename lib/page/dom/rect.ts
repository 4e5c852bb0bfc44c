/** A rectangle as getBoundingClientRect gives it (viewport coordinates). */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
