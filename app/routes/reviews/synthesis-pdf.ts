import { data } from 'react-router';

// Placeholder: answers 404 until this resource is written.
export function loader() {
  throw data({ code: 'notFound' }, { status: 404 });
}
