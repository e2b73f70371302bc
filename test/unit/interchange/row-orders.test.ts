import { describe, expect, it } from 'vitest';
import { RowOrders } from '../../../main/interchange/formats/bundle/row-orders';

describe('bundle row positions', () => {
  it('gives each row the position it was added at, whatever the order of the ids', () => {
    const orders = new RowOrders();
    const ids = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5003);
    ids.forEach((id, i) => expect(orders.add(id)).toBe(i + 1));
    ids.forEach((id, i) => expect(orders.get(id)).toBe(i + 1));
    expect(orders.get(5003)).toBeUndefined();
    expect(orders.get(-1)).toBeUndefined();
  });

  it('refuses rows added once positions have been looked up', () => {
    const orders = new RowOrders();
    orders.add(3);
    expect(orders.get(3)).toBe(1);
    expect(() => orders.add(4)).toThrow();
  });
});
