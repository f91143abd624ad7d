package lookup

// A speaker's own words first (part of stage 4, speech.go): a question
// that asks only what someone said ("what did Talbot say", with nothing
// after the verb) asks for their words, and news writing gives a
// speaker's words in quotation marks and a reporter's summary of them in
// indirect speech (Quirk et al., §14.29, direct and indirect speech; AP
// Stylebook, "quotations in the news": a direct quotation is the
// speaker's exact words). Wire copy usually sets a line of indirect speech
// before the quotation it introduces ("Talbot said the agency had tried
// for months to hire crew. 'We have posted these jobs nine times,'
// Talbot said"), so in article order the answer would open with the
// reporter's words. When the speaker is quoted, the quotations open the
// answer and the indirect speech follows; a question that names a topic
// ("say about the cuts") or asks a view ("think") keeps the summary
// first, and one whose speaker is never quoted has only indirect speech.

// ownWordsFirst reorders x's sentences (used) so that those quoting x come
// before those that only report x, each group in article order, when the
// question asks only what x said; otherwise it returns used unchanged.
func ownWordsFirst(q *query, x int, used []*sentence) []*sentence {
	if q.opinion || q.plan || !bareSpeechAsked(q) {
		return used
	}
	var quoted, rest []*sentence
	for _, s := range used {
		if s.speaker == x {
			quoted = append(quoted, s)
		} else {
			rest = append(rest, s)
		}
	}
	if len(quoted) == 0 || len(rest) == 0 || used[0].speaker == x {
		return used
	}
	return append(quoted, rest...)
}

// bareSpeechAsked reports whether the question ends at its verb of saying
// ("what did the selectboard chair say"): no topic, addressee or time
// follows the verb, so all the speaker said is asked.
func bareSpeechAsked(q *query) bool {
	from, to := speakerSpan(q.toks)
	if from < 0 || to <= from || to >= len(q.toks) {
		return false
	}
	if v := q.toks[to].lower; !speechVerbs[v] && !speechBases[v] {
		return false
	}
	for _, t := range q.toks[from+1 : to] {
		if opinionVerbs[t.lower] || topicPrepositions[t.lower] {
			return false // "what did Lam think about the recall": a view, on a topic
		}
	}
	for _, t := range q.toks[to+1:] {
		if !stopWords[t.lower] && !chatWords[t.lower] {
			return false
		}
	}
	return true
}
