package lookup

import "storybot/knowledge"

// The hearer is not the speaker (part of stage 4). In "what did the judge
// tell Boyle" the person named after "tell" is its indirect object, the
// recipient of the words (Quirk et al., §10.7; "Obi told him"), and in
// "what did the judge say about Boyle" the person after "about" is the
// topic: neither is the one whose words are asked, whatever the speaker
// phrase before the verb ("the judge") turns out to be. So a person the
// question names only after its verb of saying is not taken for the
// speaker in place of a speaker phrase that names no one; the phrase is
// read by role instead ("the judge": the article's judge).

// subjectSpeaker is the first person among q's subjects that the question
// names before its verb of saying, or -1.
func (e *Engine) subjectSpeaker(q *query) int {
	after := e.afterSpeech(q)
	for _, x := range q.subjects {
		if e.r.ents[x].kind == knowledge.Person && !contains(after, x) {
			return x
		}
	}
	return -1
}
