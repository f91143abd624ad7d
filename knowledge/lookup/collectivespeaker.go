package lookup

import (
	"slices"

	"storybot/knowledge"
)

// A collective noun asked as the speaker (part of stage 4, the speakers
// of speech.go): "what did the family say" asks what the family as a
// body said, not what any person the article names beside the noun said.
// A collective noun names a group acting as one (Quirk et al. 1985,
// §5.108), so a person answers for it only when the article has them
// speak where it uses the noun: "Martin Delgado said the family has
// replaced the fence", "said Greg Hollins, whose family has run Hollins
// Hardware". One named in passing beside it ("Voigt paid for a
// renovation of his family's lake cottage") is no voice of the family;
// the article then either gives the group's own words ("the family said
// in a statement") or does not say.

// collectiveSaid answers "what did the family say" with the group's own
// statement when the speaker phrase desc is a collective noun and the
// speaker found for it is a member the question does not name.
func (e *Engine) collectiveSaid(q *query, speaker int, desc []term) (reply, bool) {
	np := speakerTokens(q)
	if !collectiveAsked(desc) || len(np) == 0 || np[len(np)-1].lower != desc[len(desc)-1].lower || speaker < 0 || contains(q.subjects, speaker) {
		// "the neighborhood group guy": a person, the group only describing him
		return reply{}, false
	}
	return e.saidBy(q, desc)
}

// collectiveAsked reports whether the speaker described is a collective
// noun ("the family").
func collectiveAsked(desc []term) bool {
	return len(desc) > 0 && collectiveAgents[desc[len(desc)-1].lower]
}

// collectiveVoice is, for a collective relation term t, the person who
// speaks in s, the sentence that uses the noun: quoted there, or
// reported by name or pronoun ("She said the family turned down a $1.5
// million offer"); -1 when no one does. ok is false when t is no
// collective noun, and the relation is read as for a person.
func (e *Engine) collectiveVoice(t term, s *sentence) (int, bool) {
	if !collectiveAgents[t.lower] {
		return -1, false
	}
	if ownedElsewhere(s, t) {
		return -1, true
	}
	if s.speaker >= 0 && e.r.ents[s.speaker].kind == knowledge.Person {
		return s.speaker, true
	}
	for _, p := range append(slices.Clone(s.named), s.refs...) {
		if e.r.ents[p].kind == knowledge.Person && containsSent(e.reported(p), s) {
			return p, true
		}
	}
	return -1, true
}

// ownedElsewhere reports whether s writes the collective noun t with an
// of-phrase or a name that says whose it is ("donated by the family of
// the mill's founder", "the Haugen family's ranch"): the group is then
// the one so named (Quirk et al., §17.37 and §17.104 on postmodifying
// of-phrases and proper-noun premodifiers), not one the sentence's
// speaker speaks for.
func ownedElsewhere(s *sentence, t term) bool {
	for k, tok := range s.toks {
		if s.quoted[k] || tok.lower != t.lower {
			continue
		}
		if k+1 < len(s.toks) && s.toks[k+1].lower == "of" || k > 0 && s.toks[k-1].cap && s.toks[k-1].lower != "the" {
			return true
		}
	}
	return false
}
