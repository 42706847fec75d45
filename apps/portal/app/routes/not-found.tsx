import { data } from 'react-router';

/** Every path no other route claims. */
export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
