"""Given names that tell a person's gender, for pronoun resolution ("Dmitry Medvedev" ... "he").

A name absent here tells nothing: the resolver then uses honorifics, roles and pronouns already
resolved to the person. Names used for both sexes in news (Jean, Andrea, Kim, Sasha, Alex, ...)
are deliberately in neither list. Lower case.
"""

MALE_GIVEN_NAMES = frozenset("""
aaron abdel abdul abdullah abdulla abraham adam adel adrian ahmad ahmed akira alan alastair albert
aleksandr aleksei alexander alexandre alexei alexey alfred ali alistair amir anatoly anders andre
andrei andres andrew andrey andy angus anil anthony antonio antony antoine anwar arnold arthur
arvind ashraf ayman barack barry bashar ben benjamin benny bernard bill bob boris brad bradley
brandon brendan brian bruce bruno carl carlos charles chris christian christopher colin conor craig
dan daniel danny darren david dean denis dennis derek dieter dmitri dmitry dominic donald doug
douglas duncan ed eddie edward emmanuel emil enrique eric erik ernesto evgeny fabio faisal farid fedor
felipe felix fernando florian francesco francis francisco frank franz fred frederick friedrich gabriel
gareth gary gavin geoffrey georg george gerald gerard gerhard giorgio giovanni giuseppe glenn gordon
graham grant greg gregory guillaume gustavo hamid hans harold harry hassan hector heinz helmut henri
henry herbert hossein howard hugh hugo hussein ian ibrahim igor ilya imran isaac ismail ivan jack
jacob jacques jake james jamie jan jason javier jeff jeffrey jens jeremy jerome jesus jim jimmy joachim
joe joel johan johann johannes john jon jonathan jorge jose josef joseph juan julian jurgen justin kamal
karim karl keir keith ken kenneth kevin khalid klaus konstantin kurt lars larry lee leon leonid liam
lionel lorenzo louis luca lucas luis luiz luke lukas mahmoud mahmood malcolm manuel marc marco marcus
mario mark martin mateo matteo matthew matthias max maxim maxime mehmet michael michel miguel mikhail
mike mikhail mohamed mohammad mohammed muhammad murat mustafa nabil naftali narendra nasser nathan neil
nicholas nick nicolas nigel nikita nikolai nikolay noah norman olaf oleg oliver omar oscar otto owen
pablo patrick paul pavel pedro peter philip philippe pierre piotr rafael rahul rajesh ralph ramzan
raul ray raymond recep reza ricardo richard rishi rob robert roberto rodrigo roger roman ronald rudolf
rupert russell ryan saad said salman sam samir samuel sanjay saul scott sean sebastian serge sergei
sergey sergio shimon simon stanislav stefan stephen steve steven stuart sven tariq ted theo thomas
tim timothy tobias todd tom tommy tony vadim valentin valery vasily victor viktor vincent vitaly
vladimir volodymyr walter warren wayne werner william willie wolfgang xavier yaakov yair yevgeny
yitzhak yossi youssef yuri yury zaid zbigniew zoran
""".split()) | frozenset("""alejandro alvaro andrzej andriy benoit bohdan didier diego dmytro fahd francois gonzalo herve hiroshi
ignacio jakub jean-luc jean-pierre kenji krzysztof laurent luc lukasz majid marek mauricio michal
mykola oleh oleksandr olivier pawel petro rashid santiago serhiy shinzo takeshi taras tarek thierry
tomasz vasyl walid wojciech yaroslav yousef yves yuriy bassam hamza fumio
""".split())

FEMALE_GIVEN_NAMES = frozenset("""
abigail ada adriana agnes aisha alexandra alice alicia alina alison amal amanda amber amelia amina amy
ana anastasia angela angelina angelika anita ann anna anne annette antonia ariana ashley
barbara beatrice beatriz bella bettina betty beverly brenda bridget brigitte camila carla carmen
carol caroline catherine cecilia charlotte chloe christina christine claire clara claudia colette
cristina cynthia daniela daphne deborah debbie denise diana diane dilma dolores donna doris dorothy
edith elena eleanor elisabeth elizabeth ella ellen elsa emilia emily emma erin esther eva evelyn
fatima fatma fiona florence frances francesca françoise gabriela gemma georgia gillian
giorgia gloria grace greta gwen hanna hannah harriet heather heidi helen helena hilary hillary
ingrid irina iris isabel isabella isabelle jacinda jacqueline jane janet janice jasmine jennifer
jenny jessica jill joan joanna jodie josephine joyce judith judy julia julie juliet justine
kamala karen kate katherine kathleen kathryn katie katrin kelly kerry kirsty kristina
laura lauren leila lena liudmila linda lisa liz lorna louise lucia lucy lydia lyudmila madeleine
magdalena maria mariana marie marina marine marion marta martha mary maryam maya megan melania
melanie melissa mia michelle mirjana miriam molly monica nadia nadine nancy naomi natalia
natalie natalya natasha nicola nicole nina nora olena olga olivia paola patricia paula pauline
penny petra philippa priti rachel rania rebecca renata rita roberta rosa rose ruth sabine sally
samantha sandra sara sarah shirley silvia simone sofia sonia sophie stella stephanie susan
suzanne svetlana sylvie tamara tanya teresa theresa tina ursula valentina valerie vanessa
vera veronica victoria viktoria violet virginia wendy xenia yekaterina yulia yvonne zainab zoe
""".split()) | frozenset("""agnieszka akiko annalena ewa iryna katarzyna kateryna malgorzata nathalie oksana sandrine segolene
tetiana yoko yuki ursula
""".split())
