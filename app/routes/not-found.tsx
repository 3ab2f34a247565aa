import { data } from 'react-router';

/** Any unknown page: a 404 rendered by the root error boundary in the URL's language. */
export function loader() {
  throw data({ code: 'notFound' }, { status: 404 });
}

export function action() {
  throw data({ code: 'notFound' }, { status: 404 });
}

export default function NotFound() {
  return null;
}
