// Loaded only in the browser (explorer.tsx imports it from an effect): GraphiQL and Monaco touch
// `window` as they load. Workers come from Vite's `?worker` bundles on our own origin.
import 'graphiql/setup-workers/vite';
import { GraphiQL } from 'graphiql';
import type { ComponentProps, RefObject } from 'react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { apiSchema } from './schema-reference';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

export interface ExplorerProps {
  /** Read at each call, so a key typed after loading applies to the next query. */
  apiKey: string;
  endpoint: string;
  defaultQuery: string;
}

/**
 * GraphiQL marks each tab `role="tab"` while putting its name and close buttons inside it (axe:
 * nested-interactive). Without the tab roles the bar reads as what it is: a list of buttons.
 */
function useTabsAsButtons(root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const container = root.current;
    if (!container) return;
    const plain = () => {
      for (const element of container.querySelectorAll('.graphiql-tabs [role="tab"], .graphiql-tabs[role="tablist"]')) {
        element.removeAttribute('role');
        element.removeAttribute('aria-selected');
      }
    };
    plain();
    const observer = new MutationObserver(plain);
    observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['role'] });
    return () => observer.disconnect();
  }, [root]);
}

export default function GraphiQLExplorer({ apiKey, endpoint, defaultQuery }: ExplorerProps) {
  const root = useRef<HTMLDivElement>(null);
  useTabsAsButtons(root);
  const key = useRef(apiKey);
  key.current = apiKey;
  // The schema comes from the bundled SDL, not introspection (off in production).
  const schema = useMemo(() => apiSchema(), []);
  const fetcher = useCallback<Fetcher>(
    async (params, options) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
      if (key.current.trim()) headers.Authorization = `Bearer ${key.current.trim()}`;
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { ...headers, ...options?.headers },
        body: JSON.stringify(params),
        credentials: 'omit',
      });
      return (await response.json()) as ReturnType<Fetcher>;
    },
    [endpoint],
  );
  return (
    <div ref={root} className="api-explorer__root">
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        defaultQuery={defaultQuery}
        shouldPersistHeaders={false}
        forcedTheme="light"
        isHeadersEditorEnabled
      >
        {/* Our name instead of GraphiQL's logo link to another site. */}
        <GraphiQL.Logo>Selvhjelp Norge API</GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
