package lookup

// The nearer of two figures (part of stage 4, comparisons of two
// figures): "part of a $9.4 million habitat …, paid for with private
// donations and $2 million from the city" holds two sums, and the city's
// is the one its own phrase holds. A modifier attaches to the nearest
// phrase that can take it (Quirk et al., §17.127 on the proximity of
// postmodifiers to their heads, and Kimball's right association), so of
// two figures of one kind and unit in a sentence, the subject belongs to
// the one it stands nearer.

// nearerFigure reports whether another figure of n's kind and unit in s
// stands nearer the side's subject than n, which is mine tokens away.
func (e *Engine) nearerFigure(q *query, s *sentence, n quantity, mine int) bool {
	for _, o := range s.nums {
		if o.tok == n.tok || o.kind != n.kind || o.unit != n.unit || o.text == "" {
			continue
		}
		if d, _ := e.ownDistance(q, s, o); d < mine {
			return true
		}
	}
	return false
}
