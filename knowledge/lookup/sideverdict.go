package lookup

import (
	"fmt"
	"regexp"
	"strings"
)

// The verdict of "A vs B - which was bigger" (part of stage 4): the
// closing comparative asks which side's figure is the greater (or the
// smaller), so when each side is answered by a figure of one kind the
// answer opens with the comparison of the two, as "does A give more than
// B" is answered (numcompare.go); otherwise the two sides stand side by
// side and say it themselves.

// whichTag is a closing "which (one) was bigger" after "A vs B"; the
// comparative is its last word.
const whichTag = `which(?: one| of the two| of them)?(?:'s| is| was| are| were)? (?:bigger|larger|smaller|more|less|fewer|higher|lower|greater|longer|shorter|older|newer|worse|better)`

// whichTagRe finds whichTag at the end of a question.
var whichTagRe = regexp.MustCompile(`\b` + whichTag + `\s*[?.!]*$`)

// lesserComparatives ask for the smaller figure; "better" and "worse"
// say nothing of a figure's size and give no verdict.
var lesserComparatives = set("smaller", "less", "fewer", "lower", "shorter", "newer")

// sideVerdict is the comparison of the figures that answer the two sides
// of a comparison closing with "which was bigger", read as sides (a
// thisStory side has no query), or false.
func (e *Engine) sideVerdict(text string, sides []*query) (reply, bool) {
	m := whichTagRe.FindString(strings.ToLower(expandChat(text)))
	if m == "" || len(sides) != 2 || sides[0] == nil || sides[1] == nil {
		return reply{}, false
	}
	w := strings.Fields(strings.TrimRight(m, " ?.!"))
	word := w[len(w)-1]
	if word == "better" || word == "worse" {
		return reply{}, false
	}
	x, sx, okA := e.queryFigure(sides[0])
	y, sy, okB := e.queryFigure(sides[1])
	if !okA || !okB || x.kind != y.kind || x.unit != y.unit || sx == sy && x.tok == y.tok || x.value == y.value {
		return reply{}, false
	}
	if x.value < y.value != lesserComparatives[word] {
		x, y = y, x // the figure the comparative picks first
	}
	return reply{found: true, head: fmt.Sprintf("%s is %s than %s.", capitalise(x.text), word, y.text)}, true
}
