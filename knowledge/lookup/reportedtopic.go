package lookup

// What a speaker said on a topic (part of stage 4, speech.go): news
// writing reports a speaker's words either directly, in quotation marks,
// or indirectly, paraphrased after a reporting verb ("Darrow said the town
// would hold public meetings on the design"); both are what the speaker
// said (Quirk et al., §14.29, direct and indirect speech). A question that
// asks what someone said about a topic their quotations never touch is
// answered first by the indirect speech that does, then by the
// quotations, which may speak to the topic in other words.

// reportedOnTopic returns the sentences of x's indirect speech that hold
// the question's topic when none of x's quotations (used) holds it or
// names what the question names after its verb, and the question does not
// ask for quotations by name ("any quotes from …"); otherwise nil.
func (e *Engine) reportedOnTopic(q *query, x int, used []*sentence) []*sentence {
	if len(used) == 0 || quotationAsked(q) || len(e.onTopic(q, used)) > 0 || len(naming(used, e.afterSpeech(q))) > 0 {
		return nil
	}
	var rest []*sentence
	for _, s := range e.reported(x) {
		if !containsSent(used, s) {
			rest = append(rest, s)
		}
	}
	return e.onTopic(q, rest)
}
