package lookup

// Negated ability and permission (part of stage 4): "the water is not
// safe to drink", "she is not allowed to train", "crews were not able to
// reach it". The adjectives and participles of ability and permission
// that take a to-infinitive ("be able to", "be allowed to", "be permitted
// to" among the semi-auxiliaries; "safe", "fit", "free" with an
// infinitive clause) stand in the verb group as a modal does (Quirk et
// al. 1985, ch. 3 on semi-auxiliaries, ch. 16 on adjective
// complementation by a to-infinitive), so a "not" before them negates the
// verb after "to" as "cannot" would: asked whether one can drink the
// water, the article's answer is no.

// abilityAdjectives are the adjectives and participles of ability and
// permission that take a to-infinitive (Quirk et al. 1985: "able",
// "allowed", "permitted" among the semi-auxiliaries; "free", "safe",
// "fit" among the adjectives of possibility).
var abilityAdjectives = set("able", "allowed", "permitted", "free", "safe", "fit")

// abilityInfinitive reports whether tokens k-1 and k of s are an
// adjective of ability or permission and the "to" of its infinitive
// ("safe to" in "not safe to drink").
func abilityInfinitive(s *sentence, k int) bool {
	return k > 0 && s.toks[k].lower == "to" && abilityAdjectives[s.toks[k-1].lower]
}
