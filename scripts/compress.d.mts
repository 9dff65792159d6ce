// Types for compress.mjs (plain JavaScript, also run by Node without a build).
import type { Plugin } from 'vite';

export const COMPRESSIBLE: RegExp;
export function writeCompressed(file: string): Promise<{ raw: number; br: number; gz: number }>;
export function compressBuild(dir: string): Promise<{ files: number; raw: number; br: number; gz: number }>;
export function compress(): Plugin;
