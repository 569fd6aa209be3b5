/** Teach: trainer exercises, trainee answers and class summaries. */
export function TeachView() {
  return <div className="teach-view" />;
}

export default TeachView;
