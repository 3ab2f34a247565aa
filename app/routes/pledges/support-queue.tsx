import { data } from 'react-router';

// Placeholder: answers 404 until this page is written.
export function loader() {
  throw data({ code: 'notFound' }, { status: 404 });
}

export default function Placeholder() {
  return null;
}
