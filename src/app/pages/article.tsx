import { useParams } from "react-router";
import { articleUrl, useArticle } from "../../features/article/api/get-article";
import { ArticleReader } from "../../features/article/components/ArticleReader";
import { SavedCopyNotice } from "../offline/SavedCopyNotice";

export function ArticleRoute() {
  const { slug = "" } = useParams();
  const { data: article } = useArticle(slug);
  return (
    <>
      <title>{article.title}</title>
      <SavedCopyNotice
        dataUrl={articleUrl(slug)}
        className="mx-auto mt-4 w-fit max-w-[calc(100%-2rem)]"
      />
      <ArticleReader article={article} />
    </>
  );
}
