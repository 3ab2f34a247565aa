// placeholder: to be written
export default function Placeholder() {
  return null;
}
