/**
 * Colour classes of the pledge map: "none" for zero, then at most five classes whose upper bounds
 * grow geometrically up to the largest count (1, 2–3, 4–8, … ), so a few very active countries do
 * not wash out the others. Pure; shared by the server and the page.
 */
export interface MapClass {
  /** Smallest count in the class (inclusive). */
  from: number;
  /** Largest count in the class (inclusive). */
  to: number;
  colour: string;
}

/** Sequential blues, light to dark; zero is a neutral grey. Borders are drawn in a dark grey. */
export const mapPalette = ['#bfdbfe', '#60a5fa', '#2563eb', '#1e40af', '#172554'] as const;
export const noPledgesColour = '#f1f5f9';
export const notUnMemberColour = '#e2e8f0';

export function mapClasses(max: number, count = mapPalette.length): MapClass[] {
  if (max < 1) return [];
  const bounds: number[] = [];
  if (max <= count) {
    for (let n = 1; n <= max; n++) bounds.push(n);
  } else {
    for (let i = 1; i <= count; i++) {
      const b = i === count ? max : Math.round(max ** (i / count));
      if (b > (bounds.at(-1) ?? 0)) bounds.push(b);
    }
  }
  // Spread the palette over the classes so few classes still use light and dark ends.
  const colourAt = (i: number) =>
    mapPalette[
      bounds.length === 1
        ? mapPalette.length - 1
        : Math.round((i * (mapPalette.length - 1)) / (bounds.length - 1))
    ]!;
  return bounds.map((to, i) => ({ from: i === 0 ? 1 : bounds[i - 1]! + 1, to, colour: colourAt(i) }));
}

export function colourFor(value: number, classes: MapClass[]): string {
  if (value < 1) return noPledgesColour;
  return classes.find((c) => value >= c.from && value <= c.to)?.colour ?? mapPalette.at(-1)!;
}
