// The pending-event list as an array-backed binary min-heap on (time, sequence). Push and pop are
// O(log n); sifting moves a "hole" instead of swapping, which halves the array writes.
import { firesBefore, type ScheduledEvent } from './scheduled-event';

export class EventQueue {
  private heap: ScheduledEvent[] = [];

  /** Number of entries, fired-or-cancelled ones not yet removed included. */
  get size(): number {
    return this.heap.length;
  }

  /** The entry that fires next, without removing it. */
  peek(): ScheduledEvent | undefined {
    return this.heap[0];
  }

  /** Adds an entry. */
  push(event: ScheduledEvent): void {
    const heap = this.heap;
    let hole = heap.length;
    heap.push(event);
    while (hole > 0) {
      const parentIndex = (hole - 1) >> 1;
      const parent = heap[parentIndex] as ScheduledEvent;
      if (!firesBefore(event, parent)) {
        break;
      }
      heap[hole] = parent;
      hole = parentIndex;
    }
    heap[hole] = event;
  }

  /** Removes and returns the entry that fires next. */
  pop(): ScheduledEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top !== undefined && last !== undefined && heap.length > 0) {
      this.siftDown(0, last);
    }
    return top;
  }

  /** Drops every entry that fails `keep` and restores the heap in O(n) (Floyd's heapify). */
  retain(keep: (event: ScheduledEvent) => boolean): void {
    this.heap = this.heap.filter(keep);
    for (let index = (this.heap.length >> 1) - 1; index >= 0; index -= 1) {
      this.siftDown(index, this.heap[index] as ScheduledEvent);
    }
  }

  // Places `event` at `hole` or below, moving smaller children up.
  private siftDown(start: number, event: ScheduledEvent): void {
    const heap = this.heap;
    const length = heap.length;
    let hole = start;
    for (;;) {
      const left = 2 * hole + 1;
      if (left >= length) {
        break;
      }
      const right = left + 1;
      let child = heap[left] as ScheduledEvent;
      let childIndex = left;
      if (right < length) {
        const rightChild = heap[right] as ScheduledEvent;
        if (firesBefore(rightChild, child)) {
          child = rightChild;
          childIndex = right;
        }
      }
      if (!firesBefore(child, event)) {
        break;
      }
      heap[hole] = child;
      hole = childIndex;
    }
    heap[hole] = event;
  }
}
