import { data } from 'react-router';

// Placeholder: answers 404 until this endpoint is written.
export function loader() {
  return data(
    { error: { code: 'notFound', message: 'No such API resource. See /api/v1/openapi.json' } },
    { status: 404 },
  );
}
