package lookup

import "testing"

// bulldogsWin is a short article written for this test, in no question
// set: the only margin after "by" is the trailing one, an adjunct of
// "trailed", not of the win asked.
const bulldogsWin = `Williams scores 31 as Gonzaga beats Baylor 86-79 to reach Final Four

SAN ANTONIO (AP) — Drew Williams scored 31 points, including five 3-pointers, and Gonzaga beat Baylor 86-79 on Sunday to reach the Final Four for the third time in school history.

Gonzaga (33-3) trailed by nine points early in the second half before going on a 14-2 run. Williams hit a 3-pointer with 2:11 left to put the Bulldogs ahead 78-74, and they made eight free throws in the final minute to hold on.

Marcus Bell added 18 points and 11 rebounds for Gonzaga, which will face Duke in the national semifinals on Saturday in Houston.

Baylor (28-8) was led by Jalen Price, who scored 24 points. The Bears shot 41% from the field and made just 6 of 22 3-point attempts.

"We just couldn't get a stop when we needed one," Baylor coach Scott Drew said. "Their kid Williams was special tonight."

Gonzaga coach Mark Few has now taken the Bulldogs to the Final Four three times. "I'm so proud of these guys," Few said. "Nobody gave us a chance in October."

The Bulldogs led 40-38 at halftime. A crowd of 68,000 watched at the Alamodome.
`

func TestOtherVerbsMargin(t *testing.T) {
	e := engineOf(t, bulldogsWin)
	checkOpenings(t, e, []openingCase{
		{q: "how many points did gonzaga trail by", first: "Nine points"},
	})
	// the trailing margin is no win's
	checkWantOrRefused(t, e, []wantCase{{q: "how much did gonzaga win by", want: ""}})
}
