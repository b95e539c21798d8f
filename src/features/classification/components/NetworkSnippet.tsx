import type { NetworkParams } from '@/state/playground';
import { CodeSnippet } from '@/ui/CodeSnippet';
import { useMessages } from '@/ui/i18n';
import { networkSnippet } from '../python-snippet';
import { networkSnippetMessages } from '../python-snippet-strings';

/** The lecture's net(X) in PyTorch, printing the logits of the panel's network. */
export function NetworkSnippet({ network, names }: { network: NetworkParams; names: string[] }) {
  const notes = useMessages(networkSnippetMessages);
  const { code, output } = networkSnippet(network, names, notes);
  return <CodeSnippet code={code} output={output} caption={notes.caption} />;
}
