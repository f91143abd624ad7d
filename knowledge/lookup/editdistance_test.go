package lookup

import "testing"

// tableDistance is the optimal-string-alignment distance computed with
// the whole table, as the textbook gives it (Damerau 1964; Boytsov 2011,
// "Indexing methods for approximate dictionary searching", §2.2).
func tableDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// TestEditDistanceRows checks the three-row distance against the whole
// table on pairs of every kind: empty, equal, transposed, accented, and
// longer than the rows kept on the stack.
func TestEditDistanceRows(t *testing.T) {
	long := "pneumonoultramicroscopicsilicovolcanoconiosis"
	words := []string{"", "a", "osei", "osie", "kislyak", "kisylak", "flynn", "flyn", "café", "cafe",
		"ca", "ac", "abcdef", "badcfe", long, long[1:], long + "s", "Ωmega", "omega"}
	for _, a := range words {
		for _, b := range words {
			if got, want := editDistance(a, b), tableDistance(a, b); got != want {
				t.Errorf("editDistance(%q, %q) = %d, want %d", a, b, got, want)
			}
		}
	}
	if d := editDistance("osie", "osei"); d != 1 {
		t.Errorf("a transposition costs %d, want 1", d)
	}
}
