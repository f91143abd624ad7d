package lookup

import "testing"

// tarnEnrollment is a short article written for these tests, in no
// question set: three like changes told with three words of change, a
// verb ("fell") for the first and nouns ("a decline of", "a drop") for
// the others.
const tarnEnrollment = `Enrollment falls at three Tarn County schools

TARN, Ky. (AP) — Enrollment at Tarn High School fell 6% this fall, Superintendent Ruth Oyelaran, 58, said Monday.

Mill Creek Elementary saw a decline of 11%, the steepest in the county, and Ridgeview Middle School posted a 3% drop.

Oyelaran said families were moving to Lexington for jobs.
`

// TestVariedChangeWords answers how much an item fell from the sentence
// that tells its change with another word of change than the "fell" the
// article writes of the first item.
func TestVariedChangeWords(t *testing.T) {
	e := engineOf(t, tarnEnrollment)
	checkOpenings(t, e, []openingCase{
		{"how much did mill creek elementary fall", "11%", nil, nil},
		{"how much did ridgeview middle school fall", "3%", nil, nil},
		{"how much did tarn high school fall", "6%", nil, nil},
	})
	// a change the other way is not told by a word of falling
	checkAnswers(t, e, []answerCase{{"how much did mill creek elementary grow", nil, []string{"11%"}}})
}
