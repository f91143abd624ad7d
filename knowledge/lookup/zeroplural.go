package lookup

// "How many" takes a plural count noun (Quirk et al. 1985, §5.23), and
// a noun of zero plural ("aircraft", "sheep", "deer", "series": §5.87–5.91)
// is plural there though its form is its singular's: "how many aircraft"
// counts aircraft as "how many planes" counts planes.

// countedAfterMany reports whether question word w stands straight after
// "many", as the plural noun the question counts.
func (q *query) countedAfterMany(w string) bool {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == w && q.toks[i-1].lower == "many" {
			return true
		}
	}
	return false
}
