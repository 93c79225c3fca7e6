<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AppState</name>
    <message>
        <location filename="../../infoviz/state.py" line="175" />
        <source>Set %s</source>
        <translation>%s 설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="185" />
        <source>Set %s[%d]</source>
        <translation>%s[%d] 설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="191" />
        <source>Nudge %s[%d]</source>
        <translation>%s[%d] 조금 이동</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="197" />
        <source>Lock %s[%d]</source>
        <translation>%s[%d] 잠금</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="197" />
        <source>Unlock %s[%d]</source>
        <translation>%s[%d] 잠금 해제</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="208" />
        <source>Swap p and q</source>
        <translation>p와 q 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="215" />
        <source>Copy %s to %s</source>
        <translation>%s를 %s로 복사</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="222" />
        <source>Reset to uniform</source>
        <translation>균등 분포로 초기화</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="229" />
        <source>Randomise</source>
        <translation>무작위로</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="245" />
        <source>%d bins</source>
        <translation>구간 %d개</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="254" />
        <source>Rename outcome</source>
        <translation>사건 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="265" />
        <source>Set logits</source>
        <translation>로짓 설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="272" />
        <source>Preset %s</source>
        <translation>프리셋 %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="278" />
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="309" />
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="375" />
        <source>Drag %s</source>
        <translation>%s 드래그</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="400" />
        <source>Edit</source>
        <translation>편집</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="184" />
        <source>prints:</source>
        <translation>출력:</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="199" />
        <source>(not installed here: %s)</source>
        <translation>(여기에는 설치되어 있지 않음: %s)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="218" />
        <source>0 · log 0 = 0: skip the outcomes with p&lt;sub&gt;i&lt;/sub&gt; = 0 (numpy alone would give nan).</source>
        <translation>0 · log 0 = 0: p&lt;sub&gt;i&lt;/sub&gt; = 0인 사건은 건너뜁니다 (numpy만으로는 nan이 나옵니다).</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="221" />
        <source>log 0 = −∞ where q rules out an outcome p allows: H(p,q) and D(p‖q) are then infinite.</source>
        <translation>p가 허용하는 사건을 q가 배제하면 log 0 = −∞입니다. 이때 H(p,q)와 D(p‖q)는 무한대입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="224" />
        <source>Round-off can make D(p‖p) −1e−17: clamp KL at 0.</source>
        <translation>반올림 오차로 D(p‖p)가 −1e−17이 될 수 있습니다. KL은 0 아래로 내려가지 않게 자릅니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="227" />
        <source>&lt;b&gt;scipy.stats.entropy(p, q)&lt;/b&gt; is the KL divergence D(p‖q), not the cross entropy; H(p,q) = H(p) + D(p‖q).</source>
        <translation>&lt;b&gt;scipy.stats.entropy(p, q)&lt;/b&gt;는 교차 엔트로피가 아니라 KL 발산 D(p‖q)입니다. H(p,q) = H(p) + D(p‖q).</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="231" />
        <source>It uses natural logarithms (nats) unless &lt;b&gt;base=2&lt;/b&gt;, and normalises p and q silently.</source>
        <translation>&lt;b&gt;base=2&lt;/b&gt;를 주지 않으면 자연로그(내트)를 쓰고, p와 q를 알리지 않고 정규화합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="234" />
        <source>&lt;b&gt;scipy.special.rel_entr&lt;/b&gt; gives the per-outcome terms p&lt;sub&gt;i&lt;/sub&gt; log(p&lt;sub&gt;i&lt;/sub&gt;/q&lt;sub&gt;i&lt;/sub&gt;) in nats; &lt;b&gt;kl_div&lt;/b&gt; adds −p&lt;sub&gt;i&lt;/sub&gt; + q&lt;sub&gt;i&lt;/sub&gt; to each.</source>
        <translation>&lt;b&gt;scipy.special.rel_entr&lt;/b&gt;는 사건별 항 p&lt;sub&gt;i&lt;/sub&gt; log(p&lt;sub&gt;i&lt;/sub&gt;/q&lt;sub&gt;i&lt;/sub&gt;)를 내트로 줍니다. &lt;b&gt;kl_div&lt;/b&gt;는 각 항에 −p&lt;sub&gt;i&lt;/sub&gt; + q&lt;sub&gt;i&lt;/sub&gt;를 더합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="240" />
        <source>&lt;b&gt;F.kl_div(input, target)&lt;/b&gt; takes the model's log-probabilities first and the target second: kl_div(q.log(), p) is D(p‖q), the reverse of the notation.</source>
        <translation>&lt;b&gt;F.kl_div(input, target)&lt;/b&gt;는 모델의 로그 확률을 먼저, 목표 분포를 나중에 받습니다. kl_div(q.log(), p)가 D(p‖q)로, 표기와 순서가 반대입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="245" />
        <source>&lt;b&gt;reduction="mean"&lt;/b&gt; divides by every element (N per row), &lt;b&gt;"batchmean"&lt;/b&gt; by the batch size: only "batchmean" is the KL divergence.</source>
        <translation>&lt;b&gt;reduction="mean"&lt;/b&gt;은 전체 원소 수(행마다 N개)로 나누고, &lt;b&gt;"batchmean"&lt;/b&gt;은 배치 크기로 나눕니다. KL 발산이 되는 것은 "batchmean"뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="250" />
        <source>PyTorch uses natural logarithms: nats. &lt;b&gt;F.cross_entropy&lt;/b&gt; takes raw logits and applies log-softmax itself.</source>
        <translation>PyTorch는 자연로그, 즉 내트를 씁니다. &lt;b&gt;F.cross_entropy&lt;/b&gt;는 정규화 전의 로짓을 받아 log-softmax를 직접 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="256" />
        <source>Here p and q are both 0 for some outcome: kl_div computes 0 · (−∞) = nan where the readout uses 0 · log 0 = 0.</source>
        <translation>여기서는 p와 q가 모두 0인 사건이 있습니다. 표시값은 0 · log 0 = 0을 쓰지만 kl_div는 0 · (−∞) = nan을 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="262" />
        <source>Here q is 0 where p is not: torch prints inf, like the readout's ∞.</source>
        <translation>여기서는 p가 0이 아닌 곳에서 q가 0입니다. torch도 표시값의 ∞처럼 inf를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="266" />
        <source>q underflowed to 0 but the logits are finite: cross_entropy stays finite while the readout shows ∞.</source>
        <translation>q는 언더플로로 0이 되었지만 로짓은 유한합니다. 표시값은 ∞인데 cross_entropy는 유한하게 남습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="270" />
        <source>Traps</source>
        <translation>함정</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="284" />
        <source>Copied the %s code</source>
        <translation>%s 코드를 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="358" />
        <source>no answer within %d s</source>
        <translation>%d초 안에 응답 없음</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="367" />
        <source>Running the %s code in a separate Python…</source>
        <translation>별도의 파이썬에서 %s 코드를 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="382" />
        <source>✓ %s printed exactly what is expected: %d numbers, largest difference %.1e. %s</source>
        <translation>✓ %s: 예상과 똑같이 출력했습니다. 숫자 %d개, 최대 차이 %.1e. %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="387" />
        <source>✗ %s: %s</source>
        <translation>✗ %s: %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="389" />
        <source>(p, q or the unit changed since: press Check again)</source>
        <translation>(그 뒤로 p, q 또는 단위가 바뀌었습니다. 검사를 다시 누르세요)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="407" />
        <source>readout</source>
        <translation>표시값</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="433" />
        <source>The readouts, computed the way you would in code: the current p and q are filled in, and under each program is what it prints.</source>
        <translation>표시값을 코드로 계산하면 이렇습니다. 현재의 p와 q가 채워져 있고, 각 프로그램 아래에 그 출력이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="438" />
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="439" />
        <source>Copy the program shown to the clipboard</source>
        <translation>보이는 프로그램을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="441" />
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="444" />
        <source>To run the check, install scipy (pip install scipy) or PyTorch (pip install torch); infoviz itself needs neither.</source>
        <translation>검사를 실행하려면 scipy(pip install scipy)나 PyTorch(pip install torch)를 설치하세요. infoviz 자체에는 둘 다 필요 없습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="449" />
        <source>Run the programs in a separate Python and compare what they print with the readouts.</source>
        <translation>프로그램을 별도의 파이썬에서 실행해 출력을 표시값과 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/code.py" line="455" />
        <source>Not installed here: %s (%s).</source>
        <translation>여기에는 설치되어 있지 않음: %s (%s).</translation>
    </message>
</context>
<context>
    <name>ContinuousPanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="254" />
        <source>%s Numerical check: Simpson's rule on %d points agrees with every closed form to %s (largest difference %s).</source>
        <extracomment>Where the differential entropy of a Gaussian crosses 0: σ = 1/√(2πe). The closed forms and the quadrature must agree this well.</extracomment>
        <translation>%s 수치 검산: 점 %d개에서 심프슨 공식으로 구한 값이 모든 닫힌 형태와 %s 이내로 일치합니다 (최대 차이 %s).</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="258" />
        <source>%s Numerical check: Simpson's rule on %d points differs from a closed form by more than %s (largest difference %s).</source>
        <translation>%s 수치 검산: 점 %d개에서 심프슨 공식으로 구한 값이 닫힌 형태와 %s 넘게 다릅니다 (최대 차이 %s).</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="353" />
        <source>Drag a peak (●) to move μ, and the square (■) at μ + σ to change σ.</source>
        <translation>봉우리(●)를 드래그해 μ를 옮기고, μ + σ에 있는 네모(■)를 드래그해 σ를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="356" />
        <source>density = 1</source>
        <translation>밀도 = 1</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="358" />
        <source>closed form</source>
        <translation>닫힌 형태</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="359" />
        <source>numerical (grid)</source>
        <translation>수치 적분 (격자)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="360" />
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="361" />
        <source>differential entropy</source>
        <translation>미분 엔트로피</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="364" />
        <source>KL divergence</source>
        <translation>KL 발산</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="367" />
        <source>Reset the Gaussians</source>
        <translation>가우시안 초기화</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/continuous.py" line="370" />
        <source>A density is not a probability: a narrow Gaussian rises above 1 (the dotted line), where −log f(x) &lt; 0, so h = ½ log(2πeσ²) is negative once σ &lt; 1/√(2πe) ≈ 0.242. A histogram's probabilities are at most 1, so every −log p_i ≥ 0 and H(p) ≥ 0. KL divergence stays ≥ 0 for densities too, and is 0 only when the two Gaussians coincide; D(N₁‖N₂) ≠ D(N₂‖N₁).</source>
        <translation>밀도는 확률이 아닙니다. 좁은 가우시안은 1(점선)보다 높이 솟아 그곳에서 −log f(x) &lt; 0이므로, σ &lt; 1/√(2πe) ≈ 0.242이면 h = ½ log(2πeσ²)가 음수입니다. 히스토그램의 확률은 1 이하라서 모든 −log p_i ≥ 0이고 H(p) ≥ 0입니다. KL 발산은 밀도에서도 ≥ 0이고 두 가우시안이 같을 때만 0이며, D(N₁‖N₂) ≠ D(N₂‖N₁)입니다.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="79" />
        <source>Something went wrong (%s: %s). The app keeps running; nothing was lost.</source>
        <translation>문제가 발생했습니다 (%s: %s). 앱은 계속 실행되며 잃은 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="82" />
        <source>Details: %s</source>
        <translation>자세한 내용: %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="83" />
        <location filename="../../infoviz/ui/crash.py" line="141" />
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="140" />
        <source>infoviz did not close normally last time. Restore the session you had?</source>
        <translation>지난번에 infoviz가 정상적으로 종료되지 않았습니다. 이전 세션을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="141" />
        <source>Restore</source>
        <translation>복원</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../infoviz/ui/files.py" line="55" />
        <source>Cannot open file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="55" />
        <source>%s was not opened:
%s</source>
        <translation>%s 파일을 열지 않았습니다:
%s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="59" />
        <source>Opened %s</source>
        <translation>%s 열림</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="66" />
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="66" />
        <source>The session was not saved:
%s</source>
        <translation>세션을 저장하지 못했습니다:
%s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="70" />
        <source>Saved %s</source>
        <translation>%s 저장됨</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="74" />
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="75" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="86" />
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="103" />
        <location filename="../../infoviz/ui/files.py" line="118" />
        <location filename="../../infoviz/ui/files.py" line="138" />
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="103" />
        <location filename="../../infoviz/ui/files.py" line="118" />
        <source>Could not write %s</source>
        <translation>%s 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="144" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="596" />
        <source>step</source>
        <extracomment>Gradient steps per frame for each speed setting. The trace plot's first x range, in steps; it doubles when a fit runs past it. A fit stops by itself after this many steps even if it is still creeping. Smallest and largest σ₀ the handle allows, in bins. How near (in pixels) a press must be to the σ₀ handle to grab it.</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="613" />
        <source>q has reached p.</source>
        <translation>q가 p에 도달했습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="620" />
        <source>Stuck between the humps: a local minimum. Start nearer one.</source>
        <translation>봉우리 사이에 멈췄습니다: 국소 최솟값입니다. 한 봉우리 가까이에서 출발하세요.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="622" />
        <source>q spreads over both humps.</source>
        <translation>q가 두 봉우리를 모두 덮습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="625" />
        <source>q sits on the hump at %s and ignores the other.</source>
        <translation>q가 %s에 있는 봉우리에 자리 잡고 다른 봉우리는 무시합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="752" />
        <source>Use the fitted q</source>
        <translation>맞춘 q 사용</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="767" />
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="779" />
        <location filename="../../infoviz/ui/panels/fit.py" line="846" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="802" />
        <source>p (target)</source>
        <translation>p (목표)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="803" />
        <source>q (fitted)</source>
        <translation>q (맞춘 모델)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="804" />
        <source>start</source>
        <translation>출발점</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="812" />
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="814" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="819" />
        <source>Two-humped target</source>
        <translation>봉우리 두 개인 p</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="820" />
        <source>Load the two-humped preset as p (undoable)</source>
        <translation>봉우리가 두 개인 프리셋을 p로 불러옵니다 (실행 취소 가능)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="822" />
        <source>q:</source>
        <translation>q:</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="823" />
        <source>one Gaussian</source>
        <translation>가우시안 하나</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="824" />
        <source>free logits (softmax)</source>
        <translation>자유 로짓 (소프트맥스)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="826" />
        <source>minimise:</source>
        <translation>최소화:</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="827" />
        <source>forward D(p‖q)</source>
        <translation>정방향 D(p‖q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="828" />
        <source>reverse D(q‖p)</source>
        <translation>역방향 D(q‖p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="829" />
        <source>both, side by side</source>
        <translation>둘 다 나란히</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="831" />
        <source>One step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="832" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="833" />
        <source>speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="834" />
        <source>slow</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="835" />
        <source>normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="836" />
        <source>fast</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="838" />
        <source>Use this q</source>
        <translation>이 q 사용</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="839" />
        <source>Copy the fitted q into the main window (one undo step)</source>
        <translation>맞춘 q를 주 창의 q로 복사합니다 (실행 취소 한 단계)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="842" />
        <source>Use the forward fit's q</source>
        <translation>정방향으로 맞춘 q 사용</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="844" />
        <source>Use the reverse fit's q</source>
        <translation>역방향으로 맞춘 q 사용</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="847" />
        <source>Trace as CSV…</source>
        <translation>추이를 CSV로…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="848" />
        <source>Panel as PNG…</source>
        <translation>패널을 PNG로…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="849" />
        <source>Panel as SVG…</source>
        <translation>패널을 SVG로…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="850" />
        <source>Drag a plot: start μ₀ · drag ■: width σ₀</source>
        <translation>그래프 드래그: 출발점 μ₀ · ■ 드래그: 폭 σ₀</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="856" />
        <source>Forward: minimise D(p‖q)</source>
        <translation>정방향: D(p‖q) 최소화</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="858" />
        <source>Reverse: minimise D(q‖p)</source>
        <translation>역방향: D(q‖p) 최소화</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="859" />
        <source>%s per step [%s]</source>
        <translation>단계별 %s [%s]</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="873" />
        <source>A free softmax (one logit per outcome) can become p exactly, so forward KL drives q all the way to p: the two directions differ only when the model is too simple to match p.</source>
        <translation>자유 로짓 소프트맥스(사건마다 로짓 하나)는 p와 똑같아질 수 있으므로, 정방향 KL은 q를 p까지 끌고 갑니다. 두 방향은 모델이 p를 맞추기에 너무 단순할 때만 달라집니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="878" />
        <source>Reverse KL drives a free softmax to p as well: with a model flexible enough, both directions end at q = p.</source>
        <translation>역방향 KL도 자유 로짓 소프트맥스를 p로 끌고 갑니다. 모델이 충분히 유연하면 두 방향 모두 q = p에서 끝납니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="883" />
        <source>Mass-covering: D(p‖q) punishes q for missing any place where p has mass, so the one Gaussian spreads over both humps (and the valley between).</source>
        <translation>질량 덮기(mass-covering): p에 확률이 있는 곳을 q가 놓치면 D(p‖q)가 크게 벌하므로, 가우시안 하나가 두 봉우리와 그 사이 골짜기까지 덮습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/fit.py" line="888" />
        <source>Mode-seeking: D(q‖p) punishes q for putting mass where p has little, so q settles on one hump. Which one depends on where it starts.</source>
        <translation>모드 찾기(mode-seeking): p가 작은 곳에 q가 확률을 두면 D(q‖p)가 크게 벌하므로, q는 봉우리 하나에 자리 잡습니다. 어느 쪽인지는 출발점에 달렸습니다.</translation>
    </message>
</context>
<context>
    <name>FormulaStrip</name>
    <message>
        <location filename="../../infoviz/ui/panels/formula_strip.py" line="148" />
        <source>… (%d more)</source>
        <extracomment>Symbols of the six measures (not translated: they are mathematics).</extracomment>
        <translation>… (외 %d개)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/formula_strip.py" line="159" />
        <source>%s (the other %d)</source>
        <translation>%s (나머지 %d개)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/formula_strip.py" line="173" />
        <source>∞ because %s(%s) = 0 but %s(%s) = %s</source>
        <translation>%s(%s) = 0 이지만 %s(%s) = %s 이므로 ∞</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/formula_strip.py" line="176" />
        <source> (and %d more outcomes)</source>
        <translation> (다른 사건 %d개도 마찬가지)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/formula_strip.py" line="249" />
        <source>The measure whose formula is shown; or click its name in the readouts</source>
        <translation>수식을 보여 줄 측도입니다. 표시값에서 측도 이름을 클릭해도 됩니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/formula_strip.py" line="283" />
        <source>Formula</source>
        <translation>수식</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="12" />
        <source>show / hide this help</source>
        <translation>이 도움말 보이기 / 숨기기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="13" />
        <source>drag a bar</source>
        <translation>막대 드래그</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="13" />
        <source>set its probability; the other bars rescale</source>
        <translation>확률을 정하면 나머지 막대가 비율을 유지하며 조정됩니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="14" />
        <source>double-click a bar, Enter</source>
        <translation>막대 더블클릭, Enter</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="14" />
        <source>type an exact value (0.25, 25%, 1/4)</source>
        <translation>정확한 값 입력 (0.25, 25%, 1/4)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="15" />
        <source>select the previous / next bar</source>
        <translation>이전 / 다음 막대 선택</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="16" />
        <source>switch between p and q</source>
        <translation>p와 q 사이 전환</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="17" />
        <source>nudge the selected bar by 0.01 (0.1)</source>
        <translation>선택한 막대를 0.01 (0.1)씩 조정</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="18" />
        <source>lock / unlock the selected bar</source>
        <translation>선택한 막대 잠금 / 해제</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="19" />
        <source>presets of the lecture</source>
        <translation>강의 프리셋</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="20" />
        <source>bits / nats</source>
        <translation>비트 / 내트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="21" />
        <source>swap p and q · uniform · randomise</source>
        <translation>p와 q 맞바꾸기 · 균등 · 무작위</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="22" />
        <source>more / fewer bins</source>
        <translation>구간 늘리기 / 줄이기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="23" />
        <source>undo, redo (a whole drag is one step)</source>
        <translation>실행 취소, 다시 실행 (드래그 한 번이 한 단계)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="24" />
        <source>next / previous lesson step (presenter clicker)</source>
        <translation>다음 / 이전 수업 단계 (발표용 리모컨)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="25" />
        <source>projector mode on / off</source>
        <translation>프로젝터 모드 켜기 / 끄기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="26" />
        <source>open / save a session (or drop a file on the window)</source>
        <translation>세션 열기 / 저장 (또는 창에 파일 끌어놓기)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
</context>
<context>
    <name>InformationPanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="307" />
        <source>Each bar is as wide as its probability, so the coloured area is Σ p&lt;sub&gt;i&lt;/sub&gt;·I&lt;sub&gt;i&lt;/sub&gt;: exactly the area of the rectangle under the line H. Outcomes with p&lt;sub&gt;i&lt;/sub&gt; = 0 take no width (0·∞ counts as 0).</source>
        <extracomment>In width mode, bars narrower than this share of the axis get no tick label. ∞ bars reach this share of the y axis.</extracomment>
        <translation>각 막대의 폭이 그 확률과 같으므로 색칠된 넓이는 Σ p&lt;sub&gt;i&lt;/sub&gt;·I&lt;sub&gt;i&lt;/sub&gt;이며, 선 H 아래 직사각형의 넓이와 정확히 같습니다. p&lt;sub&gt;i&lt;/sub&gt; = 0인 사건은 폭이 없습니다 (0·∞는 0으로 칩니다).</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="313" />
        <source>Surprise I(x) = −log p(x): rare outcomes are tall. The solid line is the entropy H(p) = Σ p&lt;sub&gt;i&lt;/sub&gt;·I&lt;sub&gt;i&lt;/sub&gt;, the average height when each bar counts as often as it happens: &lt;b&gt;entropy is expected surprise&lt;/b&gt;. The dashed line on q's plot, H(p,q), weights q's surprises by p.</source>
        <translation>정보량 I(x) = −log p(x): 드문 사건일수록 막대가 높습니다. 실선은 엔트로피 H(p) = Σ p&lt;sub&gt;i&lt;/sub&gt;·I&lt;sub&gt;i&lt;/sub&gt;로, 각 막대를 일어나는 빈도만큼 셌을 때의 평균 높이입니다. &lt;b&gt;엔트로피는 정보량의 기댓값입니다&lt;/b&gt;. q 그래프의 점선 H(p,q)는 q의 정보량을 p로 가중 평균한 값입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="319" />
        <source>bar width = probability</source>
        <translation>막대 폭 = 확률</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="320" />
        <source>Draw each bar as wide as its probability: the area of the bars is then the entropy.</source>
        <translation>각 막대를 확률만큼의 폭으로 그립니다. 그러면 막대의 넓이가 엔트로피가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="323" />
        <source>Example: surnames</source>
        <translation>예: 성씨</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="324" />
        <source>Load the Korean surnames preset: a rare surname carries far more information than a common one.</source>
        <translation>한국 성씨 프리셋을 불러옵니다. 드문 성씨는 흔한 성씨보다 훨씬 많은 정보량을 가집니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="370" />
        <source>surprise under p: I = −%s p(x)   [%s]</source>
        <translation>p에서의 정보량: I = −%s p(x)   [%s]</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/information.py" line="371" />
        <source>surprise under q: I = −%s q(x)   [%s]</source>
        <translation>q에서의 정보량: I = −%s q(x)   [%s]</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="188" />
        <source>Opened lesson %s</source>
        <translation>수업 %s 열림</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="210" />
        <source>Open lesson</source>
        <translation>수업 열기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="211" />
        <source>infoviz lesson (*.json)</source>
        <translation>infoviz 수업 (*.json)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="212" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="223" />
        <source>The lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="224" />
        <source>Cannot open lesson</source>
        <translation>수업을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="225" />
        <source>%s was not opened:
%s</source>
        <translation>%s 파일을 열지 않았습니다:
%s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="269" />
        <source>This is the last step of the lesson.</source>
        <translation>수업의 마지막 단계입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="280" />
        <source>Lesson step %d</source>
        <translation>수업 %d단계</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="314" />
        <source>This step's panel is not available: %s</source>
        <translation>이 단계의 패널을 사용할 수 없습니다: %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="387" />
        <location filename="../../infoviz/ui/panels/lesson.py" line="392" />
        <source>Step %d / %d</source>
        <translation>단계 %d / %d</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="389" />
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="390" />
        <source>Press PageDown (or a presenter clicker's next button) to start the lesson.</source>
        <translation>PageDown(또는 발표용 리모컨의 다음 버튼)을 누르면 수업이 시작됩니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="475" />
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="476" />
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="477" />
        <source>Previous step (PageUp)</source>
        <translation>이전 단계 (PageUp)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="478" />
        <source>Next step (PageDown)</source>
        <translation>다음 단계 (PageDown)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="479" />
        <source>Jump to a step</source>
        <translation>원하는 단계로 이동</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="482" />
        <source>Open &amp;lesson…</source>
        <translation>수업 열기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/lesson.py" line="483" />
        <source>Open a lesson file: a scripted walk through the lecture, stepped with PageDown / PageUp</source>
        <translation>수업 파일을 엽니다. 강의를 차례로 따라가는 스크립트로, PageDown / PageUp으로 넘깁니다</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="264" />
        <source>A sigmoid output ŷ = σ(z) against the label y. Drag the dashed line (on either plot) or the slider. In the shaded region the prediction is &lt;b&gt;confidently wrong&lt;/b&gt;: the squared error's gradient vanishes there, so learning stalls; cross entropy's stays large.</source>
        <extracomment>Fixed axes: BCE rises without bound as ŷ reaches the wrong label; the plot shows [0, 4].</extracomment>
        <translation>시그모이드 출력 ŷ = σ(z)를 정답 y와 비교합니다. 두 그래프의 점선이나 슬라이더를 드래그하세요. 음영 영역의 예측은 &lt;b&gt;확신한 오답&lt;/b&gt;입니다. 그곳에서 제곱 오차의 기울기는 거의 사라져 학습이 멈추지만, 교차 엔트로피의 기울기는 크게 남습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="269" />
        <source>label</source>
        <translation>정답(레이블)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="270" />
        <source>BCE loss</source>
        <translation>BCE 손실</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="271" />
        <source>MSE loss</source>
        <translation>MSE 손실</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="272" />
        <source>∂BCE/∂z</source>
        <translation>∂BCE/∂z</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="273" />
        <source>∂MSE/∂z</source>
        <translation>∂MSE/∂z</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="274" />
        <source>The logit z; the prediction is ŷ = σ(z).</source>
        <translation>로짓 z. 예측은 ŷ = σ(z)입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="275" />
        <source>confidently
wrong</source>
        <translation>확신한
오답</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="279" />
        <source>BCE (binary cross entropy)</source>
        <translation>BCE (이진 교차 엔트로피)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="280" />
        <source>MSE (ŷ − y)²</source>
        <translation>MSE (ŷ − y)²</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="338" />
        <source>logit z = %s</source>
        <translation>로짓 z = %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="339" />
        <source>prediction ŷ = σ(z) = %s</source>
        <translation>예측 ŷ = σ(z) = %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="342" />
        <source>Confidently wrong (y = %d, ŷ = %s): the squared error barely moves z (gradient %s), cross entropy pushes %s times harder (gradient %s).</source>
        <translation>확신한 오답 (y = %d, ŷ = %s): 제곱 오차는 z를 거의 움직이지 못하지만 (기울기 %s), 교차 엔트로피는 %s배 더 세게 밉니다 (기울기 %s).</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="350" />
        <source>Drag ŷ towards the wrong label (into the shaded region) and compare the two gradients.</source>
        <translation>ŷ를 틀린 정답 쪽(음영 영역)으로 드래그하고 두 기울기를 비교해 보세요.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="356" />
        <source>loss against ŷ   (BCE in %s)</source>
        <translation>ŷ에 따른 손실   (BCE 단위: %s)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/loss.py" line="357" />
        <source>gradient ∂loss/∂z against z   (BCE in %s)</source>
        <translation>z에 따른 기울기 ∂loss/∂z   (BCE 단위: %s)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="228" />
        <source>Drag any bar of p or q. H(p,q) = H(p) + KL(p‖q): the purple part of each stack is the extra cost of the wrong model.</source>
        <translation>p나 q의 막대를 드래그하세요. H(p,q) = H(p) + KL(p‖q): 각 막대 위의 보라색 부분이 잘못된 모델의 추가 비용입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="292" />
        <source>infoviz — entropy, cross entropy and KL divergence</source>
        <translation>infoviz — 엔트로피, 교차 엔트로피, KL 발산</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="293" />
        <source>bits</source>
        <translation>비트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="293" />
        <source>nats</source>
        <translation>내트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="295" />
        <source>p — true distribution</source>
        <translation>p — 실제 분포</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="296" />
        <source>q — model (predicted) distribution</source>
        <translation>q — 예측 분포 (모델)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="298" />
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="299" />
        <source>H(p,q) = H(p) + KL(p‖q)   [%s]</source>
        <translation>H(p,q) = H(p) + KL(p‖q)   [%s]</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="302" />
        <source>per outcome: %s and %s   [%s]</source>
        <translation>사건별: %s 와 %s   [%s]</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="304" />
        <source>during the drag: H(p,q), KL(p‖q), KL(q‖p) (dashed)</source>
        <translation>드래그하는 동안: H(p,q), KL(p‖q), KL(q‖p) (점선)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="430" />
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="19" />
        <source>Default: six outcomes</source>
        <translation>기본: 사건 6개</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="20" />
        <source>Fair coin</source>
        <translation>공정한 동전</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="21" />
        <source>Biased coin (0.6 / 0.4)</source>
        <translation>편향된 동전 (0.6 / 0.4)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="22" />
        <source>Fair die</source>
        <translation>공정한 주사위</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="23" />
        <source>One-hot label vs softmax</source>
        <translation>원핫 정답 대 소프트맥스</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="24" />
        <source>KL asymmetry</source>
        <translation>KL의 비대칭성</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="25" />
        <source>Uniform vs peaked</source>
        <translation>균등 대 뾰족한 분포</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="26" />
        <source>Label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="27" />
        <source>Korean surnames</source>
        <translation>한국의 성씨</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="28" />
        <source>Two humps</source>
        <translation>봉우리 두 개</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="35" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="36" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="38" />
        <source>&amp;Swap p and q</source>
        <translation>p와 q 맞바꾸기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="39" />
        <source>Copy p → q</source>
        <translation>p → q 복사</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="40" />
        <source>Copy q → p</source>
        <translation>q → p 복사</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="41" />
        <source>Reset both to &amp;uniform</source>
        <translation>둘 다 균등 분포로(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="42" />
        <source>&amp;Randomise both</source>
        <translation>둘 다 무작위로(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="44" />
        <source>&amp;Lock / unlock the selected bar</source>
        <translation>선택한 막대 잠금 / 해제(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="46" />
        <source>&amp;Type a value for the selected bar</source>
        <translation>선택한 막대 값 입력(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="48" />
        <source>More bins</source>
        <translation>구간 늘리기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="50" />
        <source>Fewer bins</source>
        <translation>구간 줄이기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="57" />
        <source>&amp;Open session…</source>
        <translation>세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="58" />
        <source>&amp;Save session</source>
        <translation>세션 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="59" />
        <source>Save session &amp;as…</source>
        <translation>다른 이름으로 세션 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="61" />
        <source>Export window as &amp;PNG…</source>
        <translation>창을 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="62" />
        <source>Export window as S&amp;VG…</source>
        <translation>창을 SVG로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="63" />
        <source>Export numbers as &amp;CSV…</source>
        <translation>수치를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="64" />
        <source>Export the measures plot as PNG…</source>
        <translation>측도 그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="66" />
        <source>Export the measures plot as SVG…</source>
        <translation>측도 그래프를 SVG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="68" />
        <source>Export the per-outcome plot as PNG…</source>
        <translation>사건별 그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="71" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="77" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="83" />
        <source>&amp;Projector mode</source>
        <translation>프로젝터 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="84" />
        <source>Switch &amp;bits / nats</source>
        <translation>비트 / 내트 전환(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="110" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="111" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="112" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="122" />
        <source>&amp;Presets</source>
        <translation>프리셋(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="133" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="146" />
        <source>P&amp;anels</source>
        <translation>패널(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="155" />
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="161" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="141" />
        <source>Table of values</source>
        <translation>수치 표</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="15" />
        <source>Information content</source>
        <translation>정보량</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="16" />
        <source>BCE vs MSE</source>
        <translation>BCE 대 MSE</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="17" />
        <source>Softmax and temperature</source>
        <translation>소프트맥스와 온도</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="18" />
        <source>Sampling and NLL</source>
        <translation>표본 추출과 NLL</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="19" />
        <source>Fitting q: forward vs reverse KL</source>
        <translation>q 맞추기: 정방향 대 역방향 KL</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="20" />
        <source>Continuous: differential entropy</source>
        <translation>연속 분포: 미분 엔트로피</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="21" />
        <source>Code: numpy, scipy, PyTorch</source>
        <translation>코드: numpy, scipy, PyTorch</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/__init__.py" line="22" />
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="20" />
        <source>Entropy H(p)</source>
        <translation>엔트로피 H(p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="21" />
        <source>Entropy H(q)</source>
        <translation>엔트로피 H(q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="22" />
        <source>Cross entropy H(p,q)</source>
        <translation>교차 엔트로피 H(p,q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="23" />
        <source>Cross entropy H(q,p)</source>
        <translation>교차 엔트로피 H(q,p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="24" />
        <source>KL divergence KL(p‖q)</source>
        <translation>KL 발산 KL(p‖q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="25" />
        <source>KL divergence KL(q‖p)</source>
        <translation>KL 발산 KL(q‖p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="32" />
        <source>H(p) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;expected surprise of p (0·log 0 = 0)</source>
        <translation>H(p) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;p의 기대 정보량 (0·log 0 = 0)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="33" />
        <source>H(q) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;expected surprise of q</source>
        <translation>H(q) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;q의 기대 정보량</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="34" />
        <source>H(p,q) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt; = H(p) + KL(p‖q)&lt;br&gt;average code length coding p with q; the classifier's loss</source>
        <translation>H(p,q) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt; = H(p) + KL(p‖q)&lt;br&gt;q로 p를 부호화할 때의 평균 부호 길이, 분류기의 손실 함수</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="36" />
        <source>H(q,p) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt; = H(q) + KL(q‖p)</source>
        <translation>H(q,p) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt; = H(q) + KL(q‖p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="37" />
        <source>KL(p‖q) = Σ p&lt;sub&gt;i&lt;/sub&gt; log(p&lt;sub&gt;i&lt;/sub&gt;/q&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;extra cost of using q when the truth is p; ∞ if some q&lt;sub&gt;i&lt;/sub&gt; = 0 &lt; p&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation>KL(p‖q) = Σ p&lt;sub&gt;i&lt;/sub&gt; log(p&lt;sub&gt;i&lt;/sub&gt;/q&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;실제가 p일 때 q를 쓰는 추가 비용; 어떤 q&lt;sub&gt;i&lt;/sub&gt; = 0 &lt; p&lt;sub&gt;i&lt;/sub&gt; 이면 ∞</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="39" />
        <source>KL(q‖p) = Σ q&lt;sub&gt;i&lt;/sub&gt; log(q&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;not symmetric: usually ≠ KL(p‖q)</source>
        <translation>KL(q‖p) = Σ q&lt;sub&gt;i&lt;/sub&gt; log(q&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;대칭이 아님: 보통 KL(p‖q)와 다름</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="45" />
        <source>bits</source>
        <translation>비트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="45" />
        <source>nats</source>
        <translation>내트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="182" />
        <source> (+%d more)</source>
        <translation> (외 %d개)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="183" />
        <source>because %s(%s) = 0 but %s(%s) = %.2f</source>
        <translation>%s(%s) = 0 인데 %s(%s) = %.2f 이기 때문</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="128" />
        <location filename="../../infoviz/ui/readouts.py" line="187" />
        <source>perplexity %.2f</source>
        <translation>퍼플렉서티 %.2f</translation>
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="186" />
        <location filename="../../infoviz/ui/panels/sampling.py" line="249" />
        <source>Pause</source>
        <extracomment>Default and largest play rates, draws per second. Points drawn of the running mean (thinned evenly on the log axis beyond this).</extracomment>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="186" />
        <location filename="../../infoviz/ui/panels/sampling.py" line="250" />
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="243" />
        <source>Draw outcomes x from p and score each with the model: −log q(x). Their average, the negative log-likelihood (NLL), settles on the cross entropy H(p,q) as the draws pile up.</source>
        <translation>p에서 사건 x를 뽑아 각각을 모델로 채점합니다: −log q(x). 그 평균인 음의 로그 가능도(NLL)는 뽑은 횟수가 쌓일수록 교차 엔트로피 H(p,q)에 수렴합니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="247" />
        <source>Draw 1</source>
        <translation>1번 뽑기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="248" />
        <source>Draw 10</source>
        <translation>10번 뽑기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="251" />
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="252" />
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="253" />
        <source>draws per second</source>
        <translation>초당 뽑기 횟수</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="254" />
        <source>The same seed gives the same draws</source>
        <translation>시드가 같으면 같은 결과가 뽑힙니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="304" />
        <source>n = %d draws</source>
        <translation>n = %d회</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="336" />
        <source>average NLL: no draws yet</source>
        <translation>평균 NLL: 아직 뽑지 않음</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="338" />
        <source>average NLL = ∞</source>
        <translation>평균 NLL = ∞</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="340" />
        <source>average NLL = %s ± %s %s</source>
        <translation>평균 NLL = %s ± %s %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="345" />
        <source>p̂ of the draws (bars) over p (dashed)</source>
        <translation>뽑은 결과의 p̂ (막대)와 p (점선)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="346" />
        <source>running average of −log q(x)   [%s]</source>
        <translation>−log q(x)의 누적 평균   [%s]</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="363" />
        <source>average NLL = H(p̂,q) = H(p̂) + KL(p̂‖q). H(p̂) does not depend on q, so minimising the NLL over q minimises KL(p̂‖q).</source>
        <translation>평균 NLL = H(p̂,q) = H(p̂) + KL(p̂‖q). H(p̂)는 q와 무관하므로, q에 대해 NLL을 최소화하면 KL(p̂‖q)가 최소화됩니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="369" />
        <source>Draw %d was &lt;b&gt;%s&lt;/b&gt;, but q(%s) = 0: the model called it impossible, so −log q = ∞ and the average NLL = H(p̂,q) = ∞ from then on.</source>
        <translation>%d번째로 뽑은 것은 &lt;b&gt;%s&lt;/b&gt;인데 q(%s) = 0입니다. 모델이 불가능하다고 본 사건이므로 −log q = ∞이고, 그때부터 평균 NLL = H(p̂,q) = ∞입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/sampling.py" line="373" />
        <source>average NLL = H(p̂,q) = H(p̂) + KL(p̂‖q) = %s + %s = &lt;b&gt;%s&lt;/b&gt; %s  →  H(p,q) = %s as n grows.&lt;br&gt;H(p̂) does not depend on q, so minimising the NLL over q minimises KL(p̂‖q).</source>
        <translation>평균 NLL = H(p̂,q) = H(p̂) + KL(p̂‖q) = %s + %s = &lt;b&gt;%s&lt;/b&gt; %s  →  n이 커지면 H(p,q) = %s에 가까워집니다.&lt;br&gt;H(p̂)는 q와 무관하므로, q에 대해 NLL을 최소화하면 KL(p̂‖q)가 최소화됩니다.</translation>
    </message>
</context>
<context>
    <name>SoftmaxPanel</name>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="111" />
        <source>Change temperature</source>
        <extracomment>Above this many bins the q value printed by each bar would be unreadable. The smallest half-height of the logit axis.</extracomment>
        <translation>온도 변경</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="171" />
        <source>Drag logit</source>
        <translation>로짓 드래그</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="218" />
        <source>Drag a logit z&lt;sub&gt;i&lt;/sub&gt;: the model's q = softmax(z / T) follows, and so do the histograms and every measure. A low temperature T sharpens q towards one-hot; a high one flattens it towards uniform.</source>
        <translation>로짓 z&lt;sub&gt;i&lt;/sub&gt;를 드래그하면 모델의 q = softmax(z / T)가 따라 바뀌고, 히스토그램과 모든 측도도 함께 바뀝니다. 온도 T가 낮으면 q가 원핫에 가깝게 뾰족해지고, 높으면 균등 분포에 가깝게 평평해집니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="223" />
        <source>temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="224" />
        <source>Temperature T, from 0.05 to 20 (log scale)</source>
        <translation>온도 T, 0.05에서 20까지 (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="225" />
        <source>label smoothing ε</source>
        <translation>레이블 스무딩 ε</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="226" />
        <source>ε from 0 to 0.5: p′ = (1 − ε)·p + ε/K</source>
        <translation>ε, 0에서 0.5까지: p′ = (1 − ε)·p + ε/K</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="227" />
        <source>Apply to p</source>
        <translation>p에 적용</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="261" />
        <source>logits z  →  q = softmax(z / T)</source>
        <translation>로짓 z  →  q = softmax(z / T)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="313" />
        <source>Make p the smoothed label (1 − ε)·one-hot + ε/K (one undo step)</source>
        <translation>p를 스무딩된 레이블 (1 − ε)·one-hot + ε/K로 바꿉니다 (실행 취소 한 단계)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="314" />
        <source>p is not a one-hot label: load the one-hot preset or drag one bar of p to 1</source>
        <translation>p가 원핫 레이블이 아닙니다. 원핫 프리셋을 불러오거나 p의 막대 하나를 1까지 드래그하세요</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/panels/softmax.py" line="319" />
        <source>target p′ = smoothed p: lowest reachable H(p′,q) = H(p′) = %s %s   (this q: H(p′,q) = %s)</source>
        <translation>목표 p′ = 스무딩된 p: 도달 가능한 최소 H(p′,q) = H(p′) = %s %s   (현재 q: H(p′,q) = %s)</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../infoviz/ui/table_editor.py" line="43" />
        <source>label</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="42" />
        <source> Bins </source>
        <translation> 구간 </translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="43" />
        <source>Number of outcomes (2–50); also + and -</source>
        <translation>사건의 수 (2–50); + 와 - 키로도 조정</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="44" />
        <source>Switch bits / nats (B)</source>
        <translation>비트 / 내트 전환 (B)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="53" />
        <source>Unit: bits</source>
        <translation>단위: 비트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="53" />
        <source>Unit: nats</source>
        <translation>단위: 내트</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="51" />
        <source>Set</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="52" />
        <source>Type a probability: 0.25, 25% or 1/4, then Enter</source>
        <translation>확률을 입력하고 Enter: 0.25, 25% 또는 1/4</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="75" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="75" />
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
</context>
</TS>