package lookup

// The identification of a delayed lead's person by a definite noun (part
// of stage 1, reading). A story about someone hurt or killed often opens
// with an indefinite description ("A 27-year-old hiker was killed
// Sunday …") and gives the name only once the authorities release it, a
// paragraph or two later, through a definite noun phrase that refers back
// to the lead's person (Quirk et al. 1985, §5.28, anaphoric "the"): in
// apposition ("The victim, Dana Kessler, of Tempe, …"; Quirk et al.,
// §17.65) or as the complement of "identified … as" ("The man was
// identified as …", "Police identified the driver as …"), the formula AP
// style uses for releasing the name of a person already described (AP
// Stylebook, "identify, identified": police "identified the victim as").
// The definite noun is one the lead's person can be called: the lead's
// own head noun ("the driver" after "a 19-year-old driver"), a broader
// term for it (WordNet hypernyms), a noun for a man or a woman (WordNet's
// "male" and "female", which any person description leaves open), or,
// when the lead tells that its person died or was killed, injured or
// hurt, a noun for one who suffers harm (WordNet's "unfortunate": "the
// victim").

// identifiedNext is the person a sentence in the lead's paragraph or the
// two after it names in apposition to, or as identified as, a definite
// noun that can refer back to the lead's person, whose head is token head
// of the lead; -1 when none does.
func (e *Engine) identifiedNext(lead, head int) int {
	l := &e.r.sents[lead]
	for i := lead + 1; i < len(e.r.sents) && e.r.sents[i].para <= l.para+2; i++ {
		s := &e.r.sents[i]
		if !e.sentenceNamesPerson(s) {
			continue
		}
		for _, h := range e.definitePersonHeads(s) {
			if !e.refersBackTo(l, head, s.toks[h].lower) {
				continue
			}
			if x := e.appositiveNameAfter(s, h); x >= 0 && e.formAt(s, x, h+1) > 0 {
				return x // "The victim, Dana Kessler, …"
			}
			if x := e.identifiedAsName(s, h); x >= 0 {
				return x // "Police identified the driver as Caleb Munroe"
			}
		}
	}
	return -1
}

// definitePersonHeads are the heads of the definite descriptions of a
// person in s: "the", up to three premodifiers, and a lower-case noun
// WordNet files under person.
func (e *Engine) definitePersonHeads(s *sentence) []int {
	var out []int
	for k, t := range s.toks {
		if t.lower != "the" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
			w := s.toks[j]
			if stopWords[w.lower] || w.cap || w.poss || punctuatedBetween(s.text, s.toks, j) {
				break
			}
			if e.isPersonNoun(singular(w.lower)) && e.isNoun(w) {
				out = append(out, j)
				break
			}
		}
	}
	return out
}

// identifiedAsName is the person named right after the "as" of
// "identified … as" in s, when the definite description headed at token
// h is the verb's subject or object: before the verb ("The man was
// identified … as") or between it and "as" ("identified the driver as");
// -1 otherwise.
func (e *Engine) identifiedAsName(s *sentence, h int) int {
	for k, t := range s.toks {
		if t.lower != "identified" {
			continue
		}
		for j := k + 1; j+1 < len(s.toks); j++ {
			if s.toks[j].lower != "as" {
				continue
			}
			if h > j {
				return -1
			}
			if x := e.personNamedAt(s, j+1); x >= 0 {
				return x
			}
			return -1
		}
	}
	return -1
}

// refersBackTo reports whether the definite noun w can refer back to the
// person the lead l describes with head noun token head.
func (e *Engine) refersBackTo(l *sentence, head int, w string) bool {
	n, lh := singular(w), singular(l.toks[head].lower)
	if n == lh {
		return true
	}
	if e.noLex {
		return false
	}
	if e.lex.KindOf(lh, n) || e.lex.KindOf(n, "male") || e.lex.KindOf(n, "female") {
		return true
	}
	return e.lex.KindOf(n, "unfortunate") && leadTellsHarm(l)
}

// leadTellsHarm reports whether the lead tells that someone died, or in
// the passive that someone was killed, injured or hurt: "die" and the
// verb WordNet gives as its cause ("kill"), and the one synset of
// "injure" and "hurt".
func leadTellsHarm(l *sentence) bool {
	for i, t := range l.toks {
		if stemsMeet(t.stem, stemOf("die")) {
			return true
		}
		for _, v := range []string{"kill", "injure", "hurt"} {
			if stemsMeet(t.stem, stemOf(v)) && passiveAt(l.toks, i) {
				return true
			}
		}
	}
	return false
}
