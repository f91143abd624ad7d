package lookup

// The age a later mention gives of someone a relative clause first
// introduced (part of stage 4, how old). News copy brings in an unnamed
// person with an indefinite noun phrase and a relative clause telling
// what they did ("pulled a man who had fallen from the platform") and
// goes on with the definite noun, the same person now known, giving the
// age in commas ("The man, 58, had collapsed …"): a definite noun phrase
// refers back to the indefinite one that introduced its referent (Quirk
// et al. 1985, §5.26–5.28 on anaphoric "the"; Halliday and Hasan 1976,
// §6.2 on general nouns, whose one-sex colloquial forms, "guy", stand
// for "man"). Asked "how old was the guy who fell", the reader is owed
// that later age, though its sentence does not repeat the act.

// firstMentionAge answers an age question about a general noun for a
// person with a relative clause ("the guy who fell") from the first
// "a"/"an" mention of a noun of that sex with a relative clause telling
// the act, and the first later "the" mention of that noun with an age in
// commas.
func (e *Engine) firstMentionAge(q *query) (reply, bool) {
	noun := generalNounAsked(q.toks, true)
	at := -1
	for i := 1; i+1 < len(q.toks); i++ {
		if q.toks[i-1].lower == noun && (q.toks[i].lower == "who" || q.toks[i].lower == "that") {
			at = i + 1
			break
		}
	}
	if noun == "" || at < 0 {
		return reply{}, false
	}
	for at < len(q.toks) && (auxiliaries[q.toks[at].lower] || beForms[q.toks[at].lower] || isAdverb(q.toks[at].lower)) {
		at++
	}
	if at >= len(q.toks) {
		return reply{}, false
	}
	t, ok := q.termOf(q.toks[at].lower)
	if !ok {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if k := introducedBy(s, noun, t); s.para > 0 && k >= 0 {
			return e.laterMentionAge(i, s.toks[k].lower)
		}
	}
	return reply{}, false
}

// introducedBy is the index of the noun in s that "a" or "an" opens and a
// relative clause with act t follows ("a man who had fallen"), the noun
// being noun or a general noun of its sex; -1 when s has none.
func introducedBy(s *sentence, noun string, t term) int {
	g := generalNounGender[noun]
	for k := 1; k+2 < len(s.toks); k++ {
		w := s.toks[k].lower
		if d := s.toks[k-1].lower; d != "a" && d != "an" || w != noun && (g == 0 || generalNounGender[w] != g) {
			continue
		}
		if r := s.toks[k+1].lower; r != "who" && r != "that" {
			continue
		}
		j := k + 2
		for j < len(s.toks) && (auxiliaries[s.toks[j].lower] || beForms[s.toks[j].lower] || isAdverb(s.toks[j].lower)) {
			j++
		}
		if j < len(s.toks) && t.actAt(s.toks, j) {
			return k
		}
	}
	return -1
}

// laterMentionAge is the age in commas after "the" and noun in the first
// sentence after sentence i that holds one (isUnnamedAppositiveAge).
func (e *Engine) laterMentionAge(i int, noun string) (reply, bool) {
	first := &e.r.sents[i]
	for j := i + 1; j < len(e.r.sents); j++ {
		s := &e.r.sents[j]
		for _, n := range s.nums {
			if n.kind == qAge && n.tok >= 2 && s.toks[n.tok-1].lower == noun && s.toks[n.tok-2].lower == "the" {
				return reply{found: true, head: ageRange(s, n) + ".", used: []*sentence{first, s}}, true
			}
		}
	}
	return reply{}, false
}
