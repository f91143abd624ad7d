package lookup

import "storybot/knowledge"

// Shared surnames in the reading (part of stage 1): when two people in a
// story share a surname, a bare surname means the one of them whose full
// name the article wrote last before it, as knowledge.Parse reads it for
// the quotations: a second reference takes the nearest compatible
// antecedent (Lappin and Leass 1994, the recency preference of anaphora;
// Quirk et al. §5.28 on definite second reference).

// noteFullName records that the sentence being read names entity e by a
// form of n words: a person named by more than one word is named in full
// there, by one word on a second reference.
func (r *reading) noteFullName(e, n int) {
	if e < 0 || r.ents[e].kind != knowledge.Person {
		return
	}
	if r.fullAt == nil {
		r.fullAt, r.bare = map[int]int{}, map[int]int{}
	}
	if n > 1 {
		r.fullAt[e] = len(r.sents) + 1
	} else {
		r.bare[e]++
	}
}

// moreOftenBare reports whether person e, whose one-word form a question
// writes where person best's matches too, is the one the article itself
// calls by a one-word form more often: a reader who asks by surname alone
// means the holder the story's second references name so.
func (r *reading) moreOftenBare(e, best int) bool {
	return best >= 0 && e != best && r.ents[e].kind == knowledge.Person && r.ents[best].kind == knowledge.Person && r.bare[e] > r.bare[best]
}

// laterHolder reports whether person e, whose one-word form matches where
// person best's does, was named in full more recently than best.
func (r *reading) laterHolder(e, best int) bool {
	return best >= 0 && e != best && r.ents[e].kind == knowledge.Person && r.ents[best].kind == knowledge.Person && r.fullAt[e] > r.fullAt[best]
}
