import fs from 'node:fs';
import v8 from 'node:v8';

/** One V8 isolate's memory (the main thread's, or the database thread's): what its heap holds and takes. */
export interface IsolateMemory {
  /** Live objects after the last collection plus garbage not yet collected. */
  heapUsed: number;
  /** Heap pages resident in memory (what the heap costs in RSS). */
  heapResident: number;
  /** V8's own malloc'd memory outside the heap (compiler zones, tables). */
  v8Malloced: number;
  /** Memory of ArrayBuffers and Buffers this isolate holds (outside its heap, in malloc or mmap). */
  arrayBuffers: number;
}

/** The embedded database's memory: PGlite's WebAssembly memory, and its thread's isolate when it has one. */
export interface DatabaseMemory {
  /** The WebAssembly linear memory's size: it grows and is never given back. */
  wasmBytes: number;
  isolate?: IsolateMemory;
}

/** The raw figures of the calling thread's isolate; plain data, so the database thread can post them. */
export function isolateMemory(): IsolateMemory {
  const heap = v8.getHeapStatistics();
  return {
    heapUsed: heap.used_heap_size,
    heapResident: heap.total_physical_size,
    v8Malloced: heap.malloced_memory,
    arrayBuffers: process.memoryUsage().arrayBuffers,
  };
}

/**
 * What the process as a whole holds, from the kernel's view (/proc/self): Linux only, zeros elsewhere.
 * `wasmResident`: the resident part of the mappings exactly `wasmBytes` long (V8 maps a WebAssembly
 * memory whole; the kernel counts only the pages written).
 */
export function processMemory(wasmBytes = 0): {
  rss: number;
  rssFile: number;
  brkHeap: number;
  wasmResident: number;
} {
  const kb = (text: string, field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) * 1024;
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    // glibc's main arena grows the brk segment ("[heap]"); the threads' arenas are anonymous mappings.
    const smaps = fs.readFileSync('/proc/self/smaps', 'utf8');
    const heap = /\[heap\]\n(?:.*\n)*?Rss:\s+(\d+) kB/.exec(smaps);
    let wasmResident = 0;
    for (const [, size, rss] of smaps.matchAll(/\nSize:\s+(\d+) kB\n(?:.*\n)*?Rss:\s+(\d+) kB/g)) {
      if (wasmBytes && Number(size) * 1024 === wasmBytes) wasmResident += Number(rss) * 1024;
    }
    return {
      rss: kb(status, 'VmRSS'),
      rssFile: kb(status, 'RssFile'),
      brkHeap: Number(heap?.[1] ?? 0) * 1024,
      wasmResident,
    };
  } catch {
    return { rss: process.memoryUsage().rss, rssFile: 0, brkHeap: 0, wasmResident: 0 };
  }
}
