import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';

// The browser hides a nonce from the DOM once parsed (it reads as ""), so the client renders
// "" where the server rendered the real one, and hydration sees no difference.
const NonceContext = createContext('');

export function NonceProvider({ nonce, children }: { nonce: string; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

/** This response's CSP nonce on the server; "" in the browser. */
export function useNonce(): string {
  return useContext(NonceContext);
}
