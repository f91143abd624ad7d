package lookup

// The verb group (part of stage 4): the auxiliaries that may stand between
// a negation and the verb it negates.

// getPassive are the forms of "get" that make the get-passive ("did not
// get hired"; Quirk et al., "A Comprehensive Grammar", §3.66).
var getPassive = set("get", "gets", "got", "gotten", "getting")

// verbGroupAux reports whether w is an auxiliary of a verb group: one that
// opens a question (auxiliaries), a form of "be" of the progressive and
// the passive or of the perfect's "been" (Quirk et al., §3.54: a verb
// phrase may chain modal, perfect, progressive and passive auxiliaries, as
// in "has not been charged"), or a get-passive "get".
func verbGroupAux(w string) bool {
	return auxiliaries[w] || beForms[w] || getPassive[w]
}
