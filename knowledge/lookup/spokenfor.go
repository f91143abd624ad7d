package lookup

import "fmt"

// Who speaks for a person the article never quotes (part of stage 4,
// speech.go): news writing often gives a person's side through another
// ("Pryce's lawyer, Sandra Kim, said"), whose words are not the person's
// own. The answer says so before quoting them: attribution credits words
// to the one who spoke them (AP Stylebook, "quotations in the news").

// proxyHead is the head of an answer giving, for person x the article
// never quotes nor reports, the words of p, who speaks for x: it says
// that x is not quoted and names p by the description that ties them to
// x ("Sandra Kim, Pryce's lawyer, said:").
func (e *Engine) proxyHead(x, p int) string {
	tie := ""
	for _, r := range e.rolesOf(p) {
		if e.namesEntity(tokenize(r.text), x) {
			tie = ", " + r.text
			break
		}
	}
	return fmt.Sprintf("The article doesn't quote %s; %s%s, said:", e.a.Entities[x].Name, e.a.Entities[p].Name, tie)
}
