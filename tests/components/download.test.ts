import { describe, expect, it } from 'vitest';
import { slug } from '../../src/components/download.ts';

describe('slug', () => {
  it('keeps the letters and digits of names in any script', () => {
    expect(slug('王芳', 'trainee')).toBe('王芳');
    expect(slug('Σοφία Παπαδοπούλου', 'trainee')).toBe('σοφία-παπαδοπούλου');
    expect(slug('Ана Петрова 2', 'trainee')).toBe('ана-петрова-2');
    expect(slug('José Núñez', 'trainee')).toBe('josé-núñez');
    expect(slug('محمد', 'trainee')).toBe('محمد');
  });

  it('leaves out path separators, control and reserved characters and trailing dots and spaces', () => {
    expect(slug('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(slug('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(slug('tab\there\u0000nul\u001f', 'x')).toBe('tab-here-nul');
    expect(slug('Report. . .  ', 'x')).toBe('report');
    expect(slug('CON', 'review')).toBe('con-review');
  });

  it('falls back when no letter or digit is left, and cuts long names whole', () => {
    expect(slug('«»', 'review')).toBe('review');
    expect(slug('  ...  ', 'trainee')).toBe('trainee');
    const long = slug('😀'.repeat(3) + '字'.repeat(100), 'x');
    expect([...long]).toHaveLength(60);
    expect(long).toBe('字'.repeat(60));
    expect(slug('Harbour fire & flood barrier!', 'review')).toBe('harbour-fire-flood-barrier');
  });
});
