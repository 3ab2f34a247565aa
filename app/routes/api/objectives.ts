// placeholder: to be written
export function loader() {
  return Response.json({ data: [] });
}
