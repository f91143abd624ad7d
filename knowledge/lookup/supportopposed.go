package lookup

// Support and opposition (part of stage 5). "For" and "against" after a
// verb are the prepositions of support and opposition (Quirk et al.,
// §9.58, "for" and "against"): "voted for" and "voted against",
// "argued for" and "argued against" tell opposite acts, so a sentence
// telling the one answers nothing about the other ("who voted for the
// budget" of "Pruitt and Velez voted against it").

// supportOpposites pairs each preposition of support with its opposite.
var supportOpposites = map[string]string{"for": "against", "against": "for"}

// supportOpposed reports whether q asks a verb with "for" or "against"
// after it and s tells that verb only with the opposite preposition.
func supportOpposed(q *query, s *sentence) bool {
	for i := 0; i+1 < len(q.toks); i++ {
		v, opp := q.toks[i], supportOpposites[q.toks[i+1].lower]
		if opp == "" || stopWords[v.lower] {
			continue
		}
		asked, other := false, false
		for k := 0; k+1 < len(s.toks); k++ {
			if !stemsMeet(s.toks[k].stem, v.stem) {
				continue
			}
			switch s.toks[k+1].lower {
			case q.toks[i+1].lower:
				asked = true
			case opp:
				other = true
			}
		}
		if other && !asked {
			return true
		}
	}
	return false
}
