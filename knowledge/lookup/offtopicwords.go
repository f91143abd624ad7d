package lookup

import "sort"

// All a speaker's words when none is on the topic (part of stage 4,
// speech.go): news writing gives a speaker's words either directly, in
// quotation marks, or indirectly after a reporting verb ("Gibb said
// residents had warned for years that the vessel needed replacing"), and
// both are what the speaker said (Quirk et al., §14.29, direct and
// indirect speech). A paragraph of wire copy typically paraphrases a
// speaker's point first and then quotes them, so the quotation alone is
// often the colour, not the content. When a question asks what someone
// said or thinks and neither their quotations nor their indirect speech
// holds its topic words, the answer is everything they said, in the
// article's order, rather than the quotations alone.

// offTopicWords returns x's quotations (used) together with x's indirect
// speech, in article order, when the question does not ask for
// quotations by name and none of those sentences holds the question's
// topic or names what it names after its verb; otherwise used unchanged.
func (e *Engine) offTopicWords(q *query, x int, used []*sentence) []*sentence {
	if len(used) == 0 || q.plan || quotationAsked(q) {
		return used
	}
	all := append([]*sentence(nil), used...)
	for _, s := range e.reported(x) {
		if !containsSent(all, s) {
			all = append(all, s)
		}
	}
	if len(all) == len(used) || len(e.onTopic(q, all)) > 0 || len(naming(all, e.afterSpeech(q))) > 0 {
		return used
	}
	sort.SliceStable(all, func(i, j int) bool { return e.indexOf(all[i]) < e.indexOf(all[j]) })
	return all
}
