package lookup

import "storybot/knowledge"

// The identified person of a delayed-identification lead (part of stage
// 1). The paragraph after such a lead ("A former investment adviser who
// took $31 million … was sentenced Tuesday") does not always open with
// the name: "U.S. District Judge Marianne Kessler also ordered Dale
// Whitford, 58, of Dublin, to pay …". News style identifies the subject
// of the story on first reference with the particulars the lead withheld,
// the age set off by commas after the name in figures (AP Stylebook,
// "ages": "Always use figures"; Brooks et al., "News Reporting and
// Writing", on the delayed identification), while an official acting in
// office is identified by a title (AP Stylebook, "titles"), not an age.
// So of the people such a sentence names, the one with an age beside the
// name is the one the lead described. This is weaker evidence than a name
// that opens the sentence, so it is taken only for an indefinite
// description (the delayed identification proper, not a definite title
// such as "the owner", which may be anyone's) that is a participant of
// the lead's clause (its subject or object), not the
// complement of a preposition ("the conviction of a man"), which the
// lead tells of only in passing (Quirk et al., §17.37-17.38;
// delayedargument.go).

// agedNext is the one person that the first sentence after the lead to
// name a person, in the lead's paragraph and the next, names with an
// appositive age; -1 when it names none or more than one so.
func (e *Engine) agedNext(lead int) int {
	for i := lead + 1; i < len(e.r.sents) && e.r.sents[i].para <= e.r.sents[lead].para+1; i++ {
		if s := &e.r.sents[i]; e.sentenceNamesPerson(s) {
			return e.agedIdentified(s)
		}
	}
	return -1
}

// leadParticipant reports whether the description of s that starts at
// token from (after its determiner) stands as no complement of a
// preposition.
func leadParticipant(s *sentence, from int) bool {
	k := from - 2 // the word before the determiner
	return k < 0 || !prepositions[s.toks[k].lower] && s.toks[k].lower != "in"
}

// agedIdentified is the one person s names with an appositive age after
// the name ("Dale Whitford, 58,"), or -1 when s names none, or more than
// one so and not exactly one of them without a title of office.
func (e *Engine) agedIdentified(s *sentence) int {
	var aged []int
	for _, x := range s.named {
		if e.a.Entities[x].Kind == knowledge.Person && e.agedAt(s, x) && !contains(aged, x) {
			aged = append(aged, x)
		}
	}
	switch len(aged) {
	case 0:
		return -1
	case 1:
		return aged[0]
	}
	return -1
}

// agedAt reports whether s names x with an appositive age after the name
// that is x's own, not a longer name's ("Linda Castellano, 61,").
func (e *Engine) agedAt(s *sentence, x int) bool {
	for _, sp := range e.nameSpans(s, x) {
		if !e.insideOtherName(s, x, sp) && appositiveAge.MatchString(s.text[sp[1]:]) {
			return true
		}
	}
	return false
}
