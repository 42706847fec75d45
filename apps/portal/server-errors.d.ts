import type { ErrorRequestHandler } from 'express';

export function finalErrorHandler(log?: (line: string) => void): ErrorRequestHandler;
