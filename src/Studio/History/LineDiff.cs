namespace ApiStudio.Studio.History;

/// <summary>
/// A line diff by longest common subsequence. Revisions are canonical JSON (one property a line, fixed
/// order), so most edits touch a few lines; the common head and tail are skipped first, and only the
/// changed middle goes through the quadratic table.
/// </summary>
public static class LineDiff
{
    /// <summary>Above this many table cells (about 16 MB) the middle is shown as removed-then-added instead.</summary>
    public const long MaxTableCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Compare(string before, string after) =>
        Compare(SplitLines(before), SplitLines(after));

    public static IReadOnlyList<DiffLine> Compare(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var head = 0;
        while (head < before.Count && head < after.Count && before[head] == after[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < before.Count - head && tail < after.Count - head
               && before[before.Count - 1 - tail] == after[after.Count - 1 - tail])
        {
            tail++;
        }

        var lines = new List<DiffLine>(Math.Max(before.Count, after.Count) + 16);
        for (var i = 0; i < head; i++)
        {
            lines.Add(new DiffLine(DiffLineKind.Unchanged, before[i], i + 1, i + 1));
        }

        CompareMiddle(before, after, head, before.Count - tail, after.Count - tail, lines);

        for (var i = tail; i > 0; i--)
        {
            int oldIndex = before.Count - i, newIndex = after.Count - i;
            lines.Add(new DiffLine(DiffLineKind.Unchanged, before[oldIndex], oldIndex + 1, newIndex + 1));
        }

        return lines;
    }

    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        // A final newline ends the last line; it does not start an empty one.
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static void CompareMiddle(IReadOnlyList<string> before, IReadOnlyList<string> after, int start, int oldEnd, int newEnd, List<DiffLine> lines)
    {
        int n = oldEnd - start, m = newEnd - start;
        if ((long)(n + 1) * (m + 1) > MaxTableCells)
        {
            for (var i = start; i < oldEnd; i++)
            {
                lines.Add(new DiffLine(DiffLineKind.Removed, before[i], i + 1, null));
            }

            for (var j = start; j < newEnd; j++)
            {
                lines.Add(new DiffLine(DiffLineKind.Added, after[j], null, j + 1));
            }

            return;
        }

        // common[i, j] = length of the LCS of before[start+i..oldEnd) and after[start+j..newEnd).
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                common[i, j] = before[start + i] == after[start + j]
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && before[start + x] == after[start + y])
            {
                lines.Add(new DiffLine(DiffLineKind.Unchanged, before[start + x], start + x + 1, start + y + 1));
                x++;
                y++;
            }
            else if (x < n && (y == m || common[x + 1, y] >= common[x, y + 1]))
            {
                // Removed before added, as readers of unified diffs expect.
                lines.Add(new DiffLine(DiffLineKind.Removed, before[start + x], start + x + 1, null));
                x++;
            }
            else
            {
                lines.Add(new DiffLine(DiffLineKind.Added, after[start + y], null, start + y + 1));
                y++;
            }
        }
    }
}
