/** Liveness for process managers and the e2e setup; does not call the gateway. */
export function loader() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
