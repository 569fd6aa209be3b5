/** The shell: header and the compare view. */
export function App() {
  return (
    <main>
      <h1>Crosscheck</h1>
    </main>
  );
}
