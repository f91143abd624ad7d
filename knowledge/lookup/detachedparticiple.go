package lookup

// Passive participle clauses set off by commas (part of stage 4,
// who-questions): news writing tells who made a thing in a -ed clause with
// a by-phrase, either fronted before the subject ("Directed by Hector
// Villanueva, 'Copper Canyon' also made $118 million abroad") or set
// between commas after a subject that is a definite description ("The
// Paramount Pictures drama, directed by Celia Ortander, fell 29%"). The
// implied subject of such a detached participle clause is the subject of
// the clause it is attached to (Quirk et al. 1985, §15.58 on the subject
// of nonfinite adverbial clauses; §17.27 on nonrestrictive -ed
// postmodification), and a passive participle's subject is what the act
// was done to (§3.63), so the by-phrase's agent is the doer of the act,
// done to the sentence's subject. Asked who did the act to that subject,
// by name or by a description the sentence refers to it with, the reader
// is owed the agent.

// detachedParticipleBy is the index of the "by" that follows the asked
// act's participle t in a detached participle clause of s whose implied
// subject is the question's (or the question names none), or -1.
func (e *Engine) detachedParticipleBy(q *query, s *sentence, t term) int {
	if len(s.toks) < 3 {
		return -1
	}
	if t.matches(s.toks[0]) && !s.quoted[0] && s.toks[1].lower == "by" && e.pastForm(s.toks[0].lower) {
		if e.subjectAsked(q, s, false) {
			return 1 // "Directed by Hector Villanueva, … "Copper Canyon" also made"
		}
		return -1
	}
	if s.toks[0].lower != "the" {
		return -1
	}
	for i := 2; i < len(s.toks); i++ {
		gap := s.text[s.toks[i-1].end:s.toks[i].start]
		if gap == " " || gap == "" {
			continue
		}
		// the first mark of the sentence ends the subject's noun phrase
		before := s.toks[i-1] // the subject's last word
		if gap == ", " && i+1 < len(s.toks) && (isAdverb(s.toks[i].lower) || s.toks[i].lower == "now") && s.text[s.toks[i].end:s.toks[i+1].start] == " " {
			i++ // "The chain, now run by her granddaughter": an adverb before the participle
		}
		if gap != ", " || !t.matches(s.toks[i]) || s.toks[i].cap || s.quoted[i] || before.cap || !e.passiveParticiple(s, i) {
			return -1
		}
		if b := byAfter(s, i); b > 0 && e.subjectAsked(q, s, true) {
			return b // "The Paramount Pictures drama, directed by Celia Ortander,"
		}
		return -1
	}
	return -1
}

// subjectAsked reports whether the question names no one, or s names one
// the question names or, when described, refers to one by a description
// (resolved in reading).
func (e *Engine) subjectAsked(q *query, s *sentence, described bool) bool {
	if len(q.subjects) == 0 {
		return true
	}
	for _, x := range q.subjects {
		if described && contains(s.refs, x) || !described && (contains(s.named, x) || contains(s.refs, x)) {
			return true
		}
	}
	return false
}

// passiveParticiple reports whether the verb at i of s is a past
// participle: a form in -ed or an irregular past, or a verb form whose
// participle is its base ("run", "set", "cut") with "by" and the agent
// right after it, which only the passive takes (Quirk et al. 1985,
// §3.63).
func (e *Engine) passiveParticiple(s *sentence, i int) bool {
	w := s.toks[i].lower
	return e.pastForm(w) || i+1 < len(s.toks) && s.toks[i+1].lower == "by" && e.verbForm(w)
}
