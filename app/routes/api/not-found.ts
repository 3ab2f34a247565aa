import { data } from 'react-router';

export function loader() {
  return data(
    { error: { code: 'notFound', message: 'No such API resource. See /api/v1/openapi.json' } },
    { status: 404 },
  );
}
